package benchbare;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bare Camunda 7 webapp starter the cold-start benchmark compares ours with (bench/README.md,
 * se.familycentre.production.bench.ColdStart): the Camunda webapp and REST starters on an H2 file database, an admin
 * user, full history, authorization on, and nothing of ours. Deliberately outside {@code se.familycentre}: no test of
 * ours ever picks it up, and its component scan ({@code benchbare}) never sees our classes.
 * <ul>
 * <li>Its own configuration, {@code bare-camunda.yaml} (spring.config.name), never our application.yaml;</li>
 * <li>no auto-deployment, so none of our processes, forms or test fixtures on the classpath is deployed;</li>
 * <li>Flyway (on our classpath for our own tables) excluded.</li>
 * </ul>
 * On ready it checks that no bean of ours and no Flyway made it into the context, and exits if one did.
 * Arguments: {@code --familycentre.bare.data-dir=<dir>} (the H2 file's folder) and {@code --server.port=<port>}.
 */
@SpringBootApplication(exclude = FlywayAutoConfiguration.class)
public class BareCamundaApplication {

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(BareCamundaApplication.class);
    application.addListeners((ApplicationListener<ApplicationReadyEvent>) event -> checkNothingOfOurs(
        event.getApplicationContext()));
    String[] withConfigName = Arrays.copyOf(args, args.length + 1);
    withConfigName[args.length] = "--spring.config.name=bare-camunda";
    application.run(withConfigName);
  }

  private static void checkNothingOfOurs(ConfigurableApplicationContext context) {
    List<String> ours = Arrays.stream(context.getBeanDefinitionNames())
        .filter(name -> {
          Class<?> type = context.getType(name);
          String typeName = type == null ? "" : type.getName();
          return typeName.startsWith("se.familycentre.") || typeName.startsWith("org.flywaydb.");
        }).toList();
    if (!ours.isEmpty()) {
      System.err.println("Not bare: beans of ours or Flyway in the context: " + ours);
      System.exit(3);
    }
  }
}
