package se.familycentre.establishment;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.familycentre.establishment.ExistingCentres.Checked;
import se.familycentre.establishment.ExistingCentres.Request;
import se.familycentre.organisation.Groups;
import se.familycentre.register.FamilyCentreRegister;
import se.familycentre.register.RegisterRecords.ExistingCentre;
import se.familycentre.shared.engine.SignedInUser;
import se.familycentre.shared.engine.guard.Caller;
import se.familycentre.shared.web.StatusRefusal;

/**
 * Existing centres into the register, for coordinators ({@code samordnare}) and administrators (403 for everyone
 * else), with our header against forged requests:
 * <ul>
 *   <li>{@code POST /api/register/existing-centres}: one centre as JSON ({@code centreId, name, municipality, area,
 *       legs, startDate}); 201 with the registered centre, 400 with every reason in Swedish;</li>
 *   <li>{@code POST /api/register/existing-centres/import}: a region's existing centres as CSV ({@code text/csv},
 *       UTF-8, {@code ;} between fields, the header line {@value ExistingCentresCsv#HEADER}); every bad row refused
 *       with its line number and reasons, and then nothing is imported; otherwise all in one transaction (201).</li>
 * </ul>
 */
@RestController
public class ExistingCentresController {

  static final Set<String> REGISTRARS = Set.of(Groups.SAMORDNARE.id, Groups.CAMUNDA_ADMIN.id);
  static final int MAX_ROWS = 2000;

  private final ExistingCentres existingCentres;
  private final FamilyCentreRegister register;
  private final SignedInUser signedInUser;

  public ExistingCentresController(ExistingCentres existingCentres, FamilyCentreRegister register,
      SignedInUser signedInUser) {
    this.existingCentres = existingCentres;
    this.register = register;
    this.signedInUser = signedInUser;
  }

  @PostMapping(value = "/api/register/existing-centres", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Object> registerOne(@RequestBody Request request) {
    mayRegister();
    Checked checked = existingCentres.check(request, Set.of());
    if (checked.refused()) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", 400);
      body.put("message", "Verksamheten registrerades inte: " + String.join(" ", checked.problems()));
      body.put("problems", checked.problems());
      return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
    }
    existingCentres.register(List.of(checked.centre()));
    return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
        .body(register.centre(checked.centre().id()).orElseThrow());
  }

  @PostMapping(value = "/api/register/existing-centres/import", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> importCsv(@RequestBody(required = false) String csv) {
    mayRegister();
    List<ExistingCentresCsv.Line> lines = ExistingCentresCsv.parse(csv == null ? "" : csv);
    if (lines.size() > MAX_ROWS) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "En import får ha högst " + MAX_ROWS
          + " rader (nu " + lines.size() + "); dela upp filen. Ingenting importerades.");
    }
    List<Map<String, Object>> refused = new ArrayList<>();
    List<ExistingCentre> centres = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (ExistingCentresCsv.Line line : lines) {
      Checked checked = line.problems().isEmpty() ? existingCentres.check(line.request(), ids)
          : new Checked(null, line.problems());
      if (line.request() != null && line.request().centreId() != null) {
        ids.add(line.request().centreId().trim());
      }
      if (checked.refused()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("line", line.number());
        row.put("centreId", line.request() == null ? null : line.request().centreId());
        row.put("problems", checked.problems());
        refused.add(row);
      } else {
        centres.add(checked.centre());
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    if (lines.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Filen har inga verksamheter: första raden ska "
          + "vara rubrikraden " + ExistingCentresCsv.HEADER + " och varje följande rad en verksamhet.");
    }
    if (!refused.isEmpty()) {
      body.put("status", 400);
      body.put("message", "Ingenting importerades: " + refused.size() + " av " + lines.size()
          + " rader har fel (radnummer räknas från rubrikraden, rad 1).");
      body.put("refused", refused);
      return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
    }
    existingCentres.register(centres);
    body.put("imported", centres.size());
    body.put("centres", centres.stream().map(ExistingCentre::id).toList());
    return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(body);
  }

  /** A refusal as JSON with its Swedish message. */
  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<Map<String, Object>> refused(ResponseStatusException e, HttpServletRequest request) {
    return StatusRefusal.answer(e, request);
  }

  private void mayRegister() {
    Caller caller = signedInUser.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED,
        "Logga in för att registrera befintliga verksamheter."));
    if (!caller.inAnyGroup(REGISTRARS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Bara familjecentralssamordnare och administratörer registrerar befintliga verksamheter.");
    }
  }
}
