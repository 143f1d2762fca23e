package se.familycentre.shared.engine.guard;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Registers {@link RefusedInputAnswer}'s mappers in every Jersey application that serves Camunda's engine REST
 * resources (it has Camunda's {@link RestExceptionHandler}) and does not have them yet. {@code /engine-rest} gets them
 * from Spring Boot's Jersey configuration ({@code RefusedInputAnswer} is a {@code ResourceConfigCustomizer}); the
 * webapps' engine API ({@code /camunda/api/engine}, through which Tasklist starts cases and submits task forms) is a
 * Jersey servlet of its own that the Camunda starter registers with Camunda's {@code EngineRestApplication}, which no
 * Spring customizer reaches. Jersey finds this class through
 * {@code META-INF/services/org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable}, so both doors answer a refused
 * answer alike: 400 and the refusal's own Swedish sentence.
 */
@Priority(AutoDiscoverable.DEFAULT_PRIORITY)
public class WebappEngineApi implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (context.getConfiguration().isRegistered(RestExceptionHandler.class)
        && !context.getConfiguration().isRegistered(RefusedInputAnswer.Mapper.class)) {
      context.register(RefusedInputAnswer.Mapper.class, RefusedInputAnswer.RANK);
      context.register(RefusedInputAnswer.Unwrapped.class, RefusedInputAnswer.RANK);
    }
  }
}
