package se.familycentre.reportofconcern;

import java.util.Map;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralProperties;
import se.familycentre.shared.DeadlineWords;

/**
 * When social services' deadlines on a report of concern fall, in the auditor's words: the dates themselves are set
 * as variables by the delegates that register the report ({@link RegisterReportOfConcernDelegate}), record the
 * protection assessment ({@link RecordProtectionAssessmentDelegate}) and extend the decision
 * ({@link ExtendDecisionDeadlineDelegate}), from {@code familycentre.referral.*}.
 */
@Component
public class ReportOfConcernDeadlines implements DeadlineWords {

  private final ReferralProperties properties;

  public ReportOfConcernDeadlines(ReferralProperties properties) {
    this.properties = properties;
  }

  @Override
  public Map<String, String> deadlineWords() {
    return Map.of(
        "${protectionDueAt}", "vid dagens slut (kl. 23.59) samma dag som anmälan kom in: skyddsbedömningen görs "
            + "genast",
        "${immediateProtectionDueAt}", DeadlineWords.amount(properties.immediateProtectionDeadline())
            + " efter skyddsbedömningen (inställningen familycentre.referral.immediate-protection-deadline)",
        "${decisionDueAt}", "vid dagens slut " + DeadlineWords.amount(properties.decisionDeadline())
            + " efter att anmälan kom in, " + DeadlineWords.amount(properties.decisionExtension())
            + " senare för varje förlängning av synnerliga skäl (inställningarna "
            + "familycentre.referral.decision-deadline och decision-extension)");
  }
}
