package se.familycentre.referral;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import se.familycentre.shared.SwedishTime;

/** Issues readable referral ids, REF-2026-000123, from our own table (in the engine's transaction). */
@Service
public class ReferralNumbers {

  private final JdbcTemplate jdbc;

  public ReferralNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public String next() {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement statement = connection.prepareStatement(
          "INSERT INTO fc_referral_number (issued_at) VALUES (?)", new String[] {"id"});
      statement.setTimestamp(1, new Timestamp(SwedishTime.now().getTime()));
      return statement;
    }, keys);
    long number = keys.getKey().longValue();
    return String.format("REF-%d-%06d", SwedishTime.today().getYear(), number);
  }
}
