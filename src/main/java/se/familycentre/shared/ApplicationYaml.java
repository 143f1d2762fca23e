package se.familycentre.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.BindResult;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Our settings as the shipped {@code application.yaml} on the classpath gives them, for code that runs without the
 * application (the handbook's static build, the model checks): the same binding Spring applies, without profiles,
 * environment or placeholders.
 */
public final class ApplicationYaml {

  private ApplicationYaml() {
  }

  /** The settings under prefix bound to type, or empty when application.yaml or the prefix is not there. */
  public static <T> Optional<T> bind(String prefix, Class<T> type) {
    ClassPathResource yaml = new ClassPathResource("application.yaml");
    if (!yaml.exists()) {
      return Optional.empty();
    }
    try {
      List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application", yaml);
      BindResult<T> bound = new Binder(ConfigurationPropertySources.from(sources)).bind(prefix, type);
      return bound.isBound() ? Optional.of(bound.get()) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
