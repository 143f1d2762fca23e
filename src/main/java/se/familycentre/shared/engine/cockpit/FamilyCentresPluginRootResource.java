package se.familycentre.shared.engine.cockpit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;
import se.familycentre.overview.FamilyCentreOverview;
import se.familycentre.referral.FigurePeriod;
import se.familycentre.shared.SwedishTime;

/**
 * The answers of the Cockpit plugin "Familjecentraler" (JSON, Swedish texts), for ledning, revision, samordnare and
 * administrators; everyone else signed in gets a Swedish 403 (Cockpit's security filter already refuses anyone not
 * signed in). What each answer holds is {@link FamilyCentreOverview}'s: no personal data.
 * <ul>
 *   <li>{@code GET {engine}/regions}: the regions of the reference list</li>
 *   <li>{@code GET {engine}/coverage/{region}}: every municipality (and district) of the region with its active
 *       centres by classification</li>
 *   <li>{@code GET {engine}/centres}: the register: dated status history, agreement, legs, next evaluation</li>
 *   <li>{@code GET {engine}/figures?centre=&from=&to=}: referral figures per calendar month, small counts as
 *       "färre än 5"; a period shorter than a calendar month is a 400 naming the field</li>
 *   <li>{@code GET {engine}/work}: open escalations and overdue tasks per centre, counts only</li>
 *   <li>{@code GET {engine}/coordination}: the coordinator's overview: each centre's step, next evaluation, open
 *       escalations</li>
 * </ul>
 * JAX-RS makes this resource, not Spring: the application's beans come from the servlet context.
 */
@Path("plugin/" + FamilyCentresCockpitPlugin.ID)
@Produces(MediaType.APPLICATION_JSON)
public class FamilyCentresPluginRootResource extends AbstractCockpitPluginRootResource {

  static final MediaType JSON = new MediaType("application", "json", "UTF-8");

  public FamilyCentresPluginRootResource() {
    super(FamilyCentresCockpitPlugin.ID);
  }

  @GET
  @Path("{engine}/regions")
  public Response regions(@PathParam("engine") String engine) {
    return answer(() -> overview().regions());
  }

  @GET
  @Path("{engine}/coverage/{region}")
  public Response coverage(@PathParam("engine") String engine, @PathParam("region") String region) {
    return answer(() -> overview().coverage(region).map(Object.class::cast)
        .orElseGet(() -> refusal(404, "region", "Regionen " + region + " finns inte i registret.")));
  }

  @GET
  @Path("{engine}/centres")
  public Response centres(@PathParam("engine") String engine) {
    return answer(() -> overview().centres());
  }

  @GET
  @Path("{engine}/figures")
  public Response figures(@PathParam("engine") String engine, @QueryParam("centre") String centre,
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return answer(() -> {
      try {
        FigurePeriod period = FigurePeriod.of(from, to, SwedishTime.today());
        return overview().figures(centre == null || centre.isBlank() ? null : centre, period);
      } catch (FigurePeriod.Refused refused) {
        return refusal(400, refused.field, refused.getMessage());
      }
    });
  }

  @GET
  @Path("{engine}/work")
  public Response work(@PathParam("engine") String engine) {
    return answer(() -> overview().work());
  }

  @GET
  @Path("{engine}/coordination")
  public Response coordination(@PathParam("engine") String engine) {
    return answer(() -> overview().coordination());
  }

  /** A refusal as an answer body; {@link #answer} sends it with its status. */
  record Refusal(int status, String field, String message) {
  }

  private static Refusal refusal(int status, String field, String message) {
    return new Refusal(status, field, message);
  }

  private Response answer(Supplier<Object> body) {
    if (!overview().mayRead()) {
      return json(403, error(403, null,
          "Familjecentraler visas bara för förvaltningsledning, revision och familjecentralssamordnare."));
    }
    Object answer = body.get();
    if (answer instanceof Refusal r) {
      return json(r.status(), error(r.status(), r.field(), r.message()));
    }
    return json(200, answer);
  }

  private static Map<String, Object> error(int status, String field, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", status == 403 ? "Forbidden" : status == 404 ? "NotFound" : "BadRequest");
    if (field != null) {
      error.put("field", field);
    }
    error.put("message", message);
    return error;
  }

  /** With the application's own JSON mapping (dates as yyyy-MM-dd), not the webapp's. */
  private Response json(int status, Object body) {
    try {
      return Response.status(status).type(JSON).entity(beans().getBean(ObjectMapper.class).writeValueAsString(body))
          .build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private FamilyCentreOverview overview() {
    return beans().getBean(FamilyCentreOverview.class);
  }

  private WebApplicationContext beans() {
    return WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
  }
}
