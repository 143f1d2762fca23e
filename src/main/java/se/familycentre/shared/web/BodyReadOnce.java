package se.familycentre.shared.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;

/**
 * A request whose body a filter has already read: the same bytes are served again, unchanged, to whatever comes next
 * (the webapps' login, Cockpit's search), so a filter can look at a body without consuming it.
 */
public class BodyReadOnce extends HttpServletRequestWrapper {

  private final byte[] body;
  private final Charset charset;

  public BodyReadOnce(HttpServletRequest request, byte[] body, Charset charset) {
    super(request);
    this.body = body;
    this.charset = charset;
  }

  /** The bytes that were read. */
  public byte[] body() {
    return body;
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        return in.read(buffer, offset, length);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new IllegalStateException("the body is already read; no asynchronous reading");
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    return new BufferedReader(new InputStreamReader(getInputStream(), charset));
  }
}
