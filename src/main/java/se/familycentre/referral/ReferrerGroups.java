package se.familycentre.referral;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import se.familycentre.organisation.Groups;
import se.familycentre.shared.engine.guard.Caller;
import se.familycentre.shared.engine.guard.form.SignedInOptions;

/**
 * The referral start form's "Din verksamhet" ({@code valuesKey} {@value #VALUES_KEY}): the signed-in official's own
 * organisations among the model's starter groups ({@link ReferralProcess#STARTER_GROUPS}), in the model's order, by
 * their Swedish names; administrators get all four.
 */
@Component
public class ReferrerGroups implements SignedInOptions {

  public static final String VALUES_KEY = "referrerGroups";

  @Override
  public String valuesKey() {
    return VALUES_KEY;
  }

  @Override
  public String inWords() {
    return "den inloggades egna verksamheter bland dem som hänvisar (förvald när det bara är en)";
  }

  @Override
  public List<Option> options(Caller caller) {
    return Arrays.stream(ReferralProcess.STARTER_GROUPS.split(","))
        .filter(group -> caller.admin() || caller.groups().contains(group))
        .map(group -> new Option(Groups.byId(group).swedishName, group)).toList();
  }

  @Override
  public String refusal(Caller caller, String group) {
    return "Du tillhör inte verksamheten " + group + ".";
  }
}
