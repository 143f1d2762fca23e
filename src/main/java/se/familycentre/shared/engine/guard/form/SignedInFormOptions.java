package se.familycentre.shared.engine.guard.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cmd.AbstractGetDeployedFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.familycentre.shared.engine.guard.Caller;
import se.familycentre.shared.engine.guard.CommandGuard;
import se.familycentre.shared.engine.guard.GuardOrder;
import se.familycentre.shared.engine.guard.GuardedCommand;
import se.familycentre.shared.engine.guard.form.SignedInOptions.Option;

/**
 * Fills a form's {@code valuesKey} selects with the signed-in caller's options ({@link SignedInOptions}) in the
 * Camunda Form the engine hands out: {@code deployed-start-form} and a task's {@code deployed-form}, through every door
 * (Camunda's REST API by id and by key, the webapps' engine API Tasklist loads it from, the Java API for a user).
 * Tasklist loads no variables for a start form, so a {@code valuesKey} cannot be answered by the engine: the select
 * gets static {@code values} (the caller's own, in the provider's order), a {@code defaultValue} when there is
 * exactly one, {@code searchable} when there are more than {@value #SEARCHABLE_FROM}, and loses its
 * {@code valuesKey}. A form without such a select is handed out as deployed. {@link FormFieldsGuard} accepts from
 * the same caller exactly the values filled in here.
 */
@Component
@Order(GuardOrder.FORM_FIELDS)
public class SignedInFormOptions implements CommandGuard {

  static final int SEARCHABLE_FROM = 5;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectProvider<SignedInOptions> providers;
  private volatile Map<String, SignedInOptions> byKey;

  public SignedInFormOptions(ObjectProvider<SignedInOptions> providers) {
    this.providers = providers;
  }

  @Override
  public Object after(GuardedCommand command, Object result) {
    if (!(command.command() instanceof AbstractGetDeployedFormCmd) || !(result instanceof InputStream form)) {
      return result;
    }
    byte[] deployed = bytes(form);
    JsonNode json = parse(deployed);
    if (json == null || !fill(json.path("components"), command.caller(), command.context())) {
      return new ByteArrayInputStream(deployed);
    }
    try {
      return new ByteArrayInputStream(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The provider of a {@code valuesKey}, or null when none of ours answers it. */
  SignedInOptions provider(String valuesKey) {
    return providers().get(valuesKey);
  }

  /** The caller's options of a {@code valuesKey}, read without the caller's authorization checks. */
  List<Option> options(SignedInOptions provider, Caller caller, CommandContext context) {
    return context.runWithoutAuthorization(() -> provider.options(caller));
  }

  private boolean fill(JsonNode components, Caller caller, CommandContext context) {
    boolean filled = false;
    for (JsonNode component : components) {
      if (component.has("components")) {
        filled |= fill(component.get("components"), caller, context);
      }
      SignedInOptions provider = component.hasNonNull("valuesKey")
          ? provider(component.get("valuesKey").asText()) : null;
      if (provider == null || !(component instanceof ObjectNode select)) {
        continue;
      }
      List<Option> options = options(provider, caller, context);
      ArrayNode values = select.putArray("values");
      options.forEach(option -> values.addObject().put("label", option.label()).put("value", option.value()));
      select.remove("valuesKey");
      if (options.size() == 1) {
        select.set("defaultValue", TextNode.valueOf(options.get(0).value()));
      }
      if (options.size() > SEARCHABLE_FROM && "select".equals(select.path("type").asText())) {
        select.put("searchable", true);
      }
      filled = true;
    }
    return filled;
  }

  private Map<String, SignedInOptions> providers() {
    Map<String, SignedInOptions> current = byKey;
    if (current == null) {
      current = providers.orderedStream().collect(Collectors.toUnmodifiableMap(SignedInOptions::valuesKey,
          Function.identity()));
      byKey = current;
    }
    return current;
  }

  private static byte[] bytes(InputStream form) {
    try (form) {
      return form.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(byte[] form) {
    try {
      return JSON.readTree(form);
    } catch (IOException e) {
      return null; // an embedded (HTML) form: not ours to fill
    }
  }
}
