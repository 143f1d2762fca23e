package se.familycentre.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No state change from a request that a foreign web page can forge. A page on another site can make the browser
 * send a POST with the browser's remembered credentials (HTTP Basic, a session cookie), but only with a "simple"
 * content type (form-urlencoded, multipart/form-data, text/plain, or none) and without headers of its own: a
 * custom header or a JSON content type makes the browser ask first (a CORS preflight), and this application
 * allows no foreign origin. So:
 * <ul>
 *   <li>on our own {@code /api}, every state-changing request (anything but GET, HEAD, OPTIONS) carries the header
 *       {@value #HEADER}{@code : }{@value #VALUE} and, when it has a body or names a content type, a JSON body
 *       ({@code Content-Type: application/json}) or a CSV one ({@code text/csv}, the import of existing centres):
 *       neither is a type a browser sends cross-site without a preflight;</li>
 *   <li>on Camunda's {@code /engine-rest}, a state-changing request with a simple content type, or a POST with
 *       none, carries the header (JSON requests are unchanged: a browser cannot forge those).</li>
 * </ul>
 * Anything else is refused with 403 and a Swedish message naming what is missing, before authentication and
 * before anything runs. A header rather than the webapps' CSRF token: our API callers are scripts and curl with
 * HTTP Basic, without a session to hold a token, and a fixed header needs no round trip.
 */
public class ForgedRequestFilter extends OncePerRequestFilter {

  public static final String HEADER = "X-Requested-By";
  public static final String VALUE = "familjecentral";

  static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  /** What a browser sends cross-site without asking first (the Fetch standard's CORS-safelisted types). */
  static final Set<String> SIMPLE_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
      "text/plain");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SAFE_METHODS.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    List<String> missing = path.startsWith("/api/") ? missingForApi(request) : missingForEngineRest(request);
    if (missing.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Refusals.json(response, HttpServletResponse.SC_FORBIDDEN, "ForgedRequestRefused",
        "Ett ändrande anrop måste ha " + String.join(" och ", missing) + ", så att ingen annan webbsida kan skicka"
            + " det i ditt namn; ingenting har ändrats.");
  }

  private static List<String> missingForApi(HttpServletRequest request) {
    List<String> missing = new ArrayList<>();
    if (!hasOurHeader(request)) {
      missing.add(headerText());
    }
    String type = request.getContentType();
    if ((type != null || hasBody(request)) && !isJson(type) && !isCsv(type)) {
      missing.add("en JSON-kropp (Content-Type: application/json" + (type == null ? "" : ", inte " + type) + ")");
    }
    return missing;
  }

  private static List<String> missingForEngineRest(HttpServletRequest request) {
    String type = request.getContentType();
    boolean forgeable = type == null ? "POST".equals(request.getMethod()) : isSimple(type);
    return forgeable && !hasOurHeader(request) ? List.of(headerText()) : List.of();
  }

  private static String headerText() {
    return "huvudet " + HEADER + ": " + VALUE;
  }

  private static boolean hasOurHeader(HttpServletRequest request) {
    String value = request.getHeader(HEADER);
    return value != null && value.trim().equalsIgnoreCase(VALUE);
  }

  private static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
  }

  private static boolean isJson(String type) {
    MediaType media = parse(type);
    return media != null && media.getType().equals("application") && media.getSubtype().equals("json");
  }

  private static boolean isCsv(String type) {
    MediaType media = parse(type);
    return media != null && media.getType().equals("text") && media.getSubtype().equals("csv");
  }

  /** A type the browser would send without asking; one we cannot read counts as such. */
  private static boolean isSimple(String type) {
    MediaType media = parse(type);
    return media == null || SIMPLE_TYPES.contains(media.getType() + "/" + media.getSubtype());
  }

  private static MediaType parse(String type) {
    if (type == null) {
      return null;
    }
    try {
      MediaType media = MediaType.parseMediaType(type);
      return new MediaType(media.getType().toLowerCase(Locale.ROOT), media.getSubtype().toLowerCase(Locale.ROOT));
    } catch (InvalidMediaTypeException e) {
      return null;
    }
  }
}
