package se.familycentre.establishment;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import se.familycentre.shared.DeadlineWords;

/**
 * Settings of the establishment process under {@code familycentre.establishment.*}. A named bean, so the BPMN can
 * read them in expressions: the evaluation timer waits {@code ${establishmentSettings.evaluationInterval}}.
 */
@Component("establishmentSettings")
@ConfigurationProperties(prefix = "familycentre.establishment")
public class EstablishmentSettings implements DeadlineWords {

  @Override
  public Map<String, String> deadlineWords() {
    return Map.of("${establishmentSettings.evaluationInterval}", DeadlineWords.amount(evaluationInterval)
        + " efter att familjecentralen startade eller efter förra gemensamma utvärderingen (inställningen "
        + "familycentre.establishment.evaluation-interval, " + evaluationInterval + ")");
  }

  /** ISO 8601 duration between joint evaluations of an active centre; yearly unless configured. */
  private String evaluationInterval = "P1Y";

  public String getEvaluationInterval() {
    return evaluationInterval;
  }

  public void setEvaluationInterval(String evaluationInterval) {
    if (evaluationInterval == null || !evaluationInterval.matches("P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?"
        + "(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?")) {
      throw new IllegalArgumentException("familycentre.establishment.evaluation-interval must be an ISO 8601 "
          + "duration such as P1Y or P6M, was: " + evaluationInterval);
    }
    this.evaluationInterval = evaluationInterval;
  }
}
