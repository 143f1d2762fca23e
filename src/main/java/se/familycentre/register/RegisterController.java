package se.familycentre.register;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.familycentre.register.RegisterRecords.Centre;
import se.familycentre.register.RegisterRecords.CentreDetail;
import se.familycentre.register.RegisterRecords.Coverage;
import se.familycentre.register.RegisterRecords.Municipality;
import se.familycentre.register.RegisterRecords.Region;

/**
 * The register, read-only, for every authenticated engine user (the filter in shared/ refuses anonymous callers
 * with 401). It holds coordination data about centres, never personal data, so every official may read it.
 * <ul>
 *   <li>{@code GET /api/register/centres}: all centres with legs, status, classification, agreement, schedule</li>
 *   <li>{@code GET /api/register/centres/{id}}: one centre with its status history, committee decisions,
 *       escalations and evaluations</li>
 *   <li>{@code GET /api/register/coverage/{region}}: per municipality of the region (any of the 21, e.g. skane,
 *       vastra-gotaland) the active centres by classification, per district where the municipality has districts,
 *       and the municipalities and districts without any</li>
 *   <li>{@code GET /api/register/municipalities}: the 290 municipalities (code, name, region, areas)</li>
 *   <li>{@code GET /api/register/regions}: the 21 regions (id, name, county code and county)</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/register")
public class RegisterController {

  private final FamilyCentreRegister register;

  public RegisterController(FamilyCentreRegister register) {
    this.register = register;
  }

  @GetMapping("/centres")
  public List<Centre> centres() {
    return register.centres();
  }

  @GetMapping("/centres/{id}")
  public CentreDetail centre(@PathVariable String id) {
    return register.centreDetail(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Familjecentralen " + id + " finns inte i registret"));
  }

  @GetMapping("/municipalities")
  public List<Municipality> municipalities() {
    return register.allMunicipalities();
  }

  @GetMapping("/regions")
  public List<Region> regions() {
    return register.regions();
  }

  @GetMapping("/coverage/{region}")
  public Coverage coverage(@PathVariable String region) {
    return register.coverage(region).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Regionen " + region + " finns inte i registret"));
  }
}
