package se.familycentre.shared.engine.guard.form;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * The Camunda Form of a task or of a process's start, found the way the engine finds it for Tasklist: the engine's
 * own form data (its {@code camunda:formRef}, or a {@code camunda-forms:deployment:} form key) and its form
 * definition lookup, then the form's JSON from the deployment. Parsed forms are kept per form definition (a
 * deployed form never changes), and with binding {@code deployment} or {@code version} also per reference, so a
 * completion costs no query for the form once it has been seen.
 */
final class Forms {

  private static final String CAMUNDA_FORMS = "camunda-forms:";
  private static final String DEPLOYMENT = "deployment:";

  private final Map<String, Optional<FormFields>> byReference = new ConcurrentHashMap<>();
  private final Map<String, FormFields> byDefinition = new ConcurrentHashMap<>();

  /** The form of a task; null when it has none (a task without a Camunda Form, a standalone task). */
  FormFields ofTask(String taskId, CommandContext context) {
    return of(context.runWithoutAuthorization(new GetTaskFormCmd(taskId)), context);
  }

  /** The start form of a process definition; null when it has none. */
  FormFields ofStart(String processDefinitionId, CommandContext context) {
    return of(context.runWithoutAuthorization(new GetStartFormCmd(processDefinitionId)), context);
  }

  private FormFields of(FormData data, CommandContext context) {
    if (data == null) {
      return null;
    }
    CamundaFormRef ref = data.getCamundaFormRef();
    if (ref != null && ref.getKey() != null) {
      if (DefaultFormHandler.FORM_REF_BINDING_LATEST.equals(ref.getBinding())) {
        return byDefinition(ref, data.getDeploymentId(), context);
      }
      String key = ref.getBinding() + "|" + data.getDeploymentId() + "|" + ref.getKey() + "|" + ref.getVersion();
      return byReference.computeIfAbsent(key,
          k -> Optional.ofNullable(byDefinition(ref, data.getDeploymentId(), context))).orElse(null);
    }
    String formKey = data.getFormKey();
    if (formKey != null && formKey.startsWith(CAMUNDA_FORMS + DEPLOYMENT)) {
      String resource = formKey.substring((CAMUNDA_FORMS + DEPLOYMENT).length());
      return byDefinition.computeIfAbsent(data.getDeploymentId() + "|" + resource,
          k -> load(data.getDeploymentId(), resource, context));
    }
    return null; // no Camunda Form (an embedded or external form, or none): no field can be set
  }

  private FormFields byDefinition(CamundaFormRef ref, String deploymentId, CommandContext context) {
    CamundaFormDefinition definition = context.runWithoutAuthorization(
        new GetCamundaFormDefinitionCmd(ref, deploymentId));
    if (definition == null) {
      return null;
    }
    return byDefinition.computeIfAbsent(definition.getId(),
        id -> load(definition.getDeploymentId(), definition.getResourceName(), context));
  }

  private static FormFields load(String deploymentId, String resourceName, CommandContext context) {
    try (InputStream json = context.runWithoutAuthorization(new GetDeploymentResourceCmd(deploymentId,
        resourceName))) {
      return FormFields.parse(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
