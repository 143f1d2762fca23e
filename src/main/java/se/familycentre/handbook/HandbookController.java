package se.familycentre.handbook;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import se.familycentre.shared.DeadlineWords;
import se.familycentre.shared.engine.guard.form.SignedInOptions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.familycentre.handbook.HandbookGenerator.Source;
import se.familycentre.shared.engine.retention.RetentionProperties;

/**
 * Serves the auditor's handbook at {@code /handbook}, generated at run time from the models this application
 * deploys (the classpath's {@code processes/**} and {@code forms/**}), so it shows exactly what the engine runs,
 * with the diagrams bpmn-js drew of them ({@link Diagrams}) and the retention the engine applies.
 * Only signed-in users reach it: the engine authentication filter guards {@code /handbook} and
 * {@code /handbook/*} with the webapps' session or HTTP Basic (see shared/web/EngineAuthenticationFilter). The
 * models do not change while the application runs, so the pages are built once.
 */
@Controller
public class HandbookController {

  private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

  private final HandbookProperties properties;
  private final RetentionProperties retention;
  private final Map<String, Map<String, String>> sitesByPrefix = new ConcurrentHashMap<>();

  private final HandbookWords words;

  public HandbookController(HandbookProperties properties, RetentionProperties retention,
      List<DeadlineWords> deadlineRooms, List<SignedInOptions> signedInOptions) {
    this.properties = properties;
    this.retention = retention;
    this.words = HandbookWords.of(deadlineRooms, signedInOptions);
  }

  @GetMapping({"/handbook", "/handbook/"})
  public ResponseEntity<String> index(HttpServletRequest request) {
    return page(HtmlWriter.INDEX, request);
  }

  @GetMapping("/handbook/{page}")
  public ResponseEntity<String> page(@PathVariable("page") String page, HttpServletRequest request) {
    String html = site(request.getContextPath() + "/handbook/").get(page);
    if (html == null) {
      return ResponseEntity.notFound().build();
    }
    // personal data never appears here, but the handbook is for signed-in users: no shared caches
    return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore()).body(html);
  }

  private Map<String, String> site(String linkPrefix) {
    return sitesByPrefix.computeIfAbsent(linkPrefix, prefix -> HandbookGenerator.pages(
        HandbookGenerator.read(classpath("processes", ".bpmn"), classpath("processes", ".dmn"),
            classpath("forms", ".form"), properties, retention, words), prefix));
  }

  /** The deployed models under a classpath folder, named by their path from that folder ("processes/x/y.bpmn"). */
  static List<Source> classpath(String folder, String suffix) {
    try {
      Resource[] resources = new PathMatchingResourcePatternResolver()
          .getResources("classpath*:" + folder + "/**/*" + suffix);
      List<Source> sources = new ArrayList<>();
      for (Resource resource : Arrays.stream(resources).sorted(Comparator.comparing(HandbookController::path))
          .toList()) {
        try (InputStream in = resource.getInputStream()) {
          sources.add(new Source(path(resource, folder), in.readAllBytes()));
        }
      }
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String path(Resource resource) {
    try {
      return resource.getURL().toString();
    } catch (IOException e) {
      return String.valueOf(resource.getFilename());
    }
  }

  private static String path(Resource resource, String folder) {
    String url = path(resource);
    int at = url.lastIndexOf("/" + folder + "/");
    return at < 0 ? folder + "/" + resource.getFilename() : url.substring(at + 1);
  }
}
