package se.familycentre.establishment;

import se.familycentre.shared.engine.InputRefused;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The committees that must decide, as the investigation chose them: the collection of the multi-instance decision
 * task, {@code ${committeeSelection.of(committees)}} (one decision task per committee, each with its own
 * {@code committee} variable).
 */
@Component("committeeSelection")
public class CommitteeSelection {

  /** Committee ids (the investigation form's values) and their Swedish names. */
  public static final Map<String, String> COMMITTEES = new LinkedHashMap<>();

  static {
    COMMITTEES.put("socialnamnden", "Socialnämnden");
    COMMITTEES.put("utbildningsnamnden", "Utbildningsnämnden");
    COMMITTEES.put("bildningsnamnden", "Bildningsnämnden");
    COMMITTEES.put("valfardsnamnden", "Välfärdsnämnden");
    COMMITTEES.put("stadsdelsnamnden", "Stadsdelsnämnden");
    COMMITTEES.put("kommunstyrelsen", "Kommunstyrelsen");
  }

  /** The committee's Swedish name, {@code ${committeeSelection.nameOf(committee)}}: the decision task's title. */
  public String nameOf(Object committee) {
    String id = EstablishmentProcess.Typed.COMMITTEE.read(committee);
    String name = id == null ? null : COMMITTEES.get(id);
    if (name == null) {
      throw new InputRefused(EstablishmentProcess.Vars.COMMITTEE, "Okänd nämnd: " + id);
    }
    return name;
  }

  public List<String> of(Object committees) {
    List<String> answered = EstablishmentProcess.Typed.COMMITTEES.read(committees);
    List<String> chosen = answered == null ? List.of() : answered.stream().distinct().toList();
    for (String committee : chosen) {
      if (!COMMITTEES.containsKey(committee)) {
        throw new InputRefused(EstablishmentProcess.Vars.COMMITTEES, "Okänd nämnd: " + committee);
      }
    }
    return chosen;
  }
}
