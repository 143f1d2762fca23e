package se.familycentre.secrecy.doors;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * What the running application really serves, found where it is served, so that a new door shows up by itself:
 * <ul>
 *   <li>the webapps' own APIs: every JAX-RS application the servlet container runs (Cockpit, Admin, Tasklist,
 *       Welcome: {@code /camunda/api/{app}/...}), walked from their resource classes' {@code @Path} annotations
 *       through every sub-resource; the engine's own ({@code /camunda/api/engine}) is Camunda's REST API, which
 *       {@link OpenApi} describes;</li>
 *   <li>every JAX-RS resource class with a {@code @Path} in Camunda's webapp packages on the classpath, so that one
 *       no application serves yet is not missed either;</li>
 *   <li>our own endpoints: every mapping of Spring MVC's handler mappings ({@code /api}, {@code /handbook},
 *       {@code /error}, the actuator).</li>
 * </ul>
 */
final class Served {

  static final String ENGINE_API_APPLICATION = "org.camunda.bpm.webapp.impl.engine.EngineRestApplication";
  static final String[] WEBAPP_PACKAGES = {"org.camunda.bpm.admin", "org.camunda.bpm.cockpit",
      "org.camunda.bpm.tasklist", "org.camunda.bpm.welcome", "org.camunda.bpm.webapp"};

  private Served() {
  }

  /** The JAX-RS applications the servlet container runs, by their mapping's prefix ({@code /camunda/api/cockpit}). */
  static Map<String, Class<?>> jaxRsApplications(ApplicationContext context) {
    ServletContext servlets = ((WebApplicationContext) context).getServletContext();
    Map<String, Class<?>> applications = new TreeMap<>();
    for (ServletRegistration registration : servlets.getServletRegistrations().values()) {
      String application = registration.getInitParameter("jakarta.ws.rs.Application");
      if (application == null) {
        continue;
      }
      for (String mapping : registration.getMappings()) {
        String prefix = servlets.getContextPath() + mapping.replaceAll("/\\*$", "");
        try {
          applications.put(prefix, Class.forName(application));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return applications;
  }

  /** Every operation of the webapps' own APIs ({@code "GET /camunda/api/cockpit/plugin/base/{engine}/..."}). */
  static Map<String, String> webappOperations(ApplicationContext context, Set<String> rootClasses) {
    Map<String, String> operations = new TreeMap<>();
    for (Map.Entry<String, Class<?>> app : jaxRsApplications(context).entrySet()) {
      if (app.getValue().getName().equals(ENGINE_API_APPLICATION)) {
        continue;
      }
      Application application;
      try {
        application = (Application) app.getValue().getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      for (Class<?> resource : application.getClasses()) {
        Path root = AnnotatedElementUtils.findMergedAnnotation(resource, Path.class);
        if (root != null) {
          rootClasses.add(resource.getName());
          walk(resource, join(app.getKey(), root.value()), operations, 0);
        }
      }
    }
    return operations;
  }

  private static void walk(Class<?> resource, String prefix, Map<String, String> operations, int depth) {
    if (depth > 8) {
      return;
    }
    for (Method method : resource.getMethods()) {
      if (method.getDeclaringClass() == Object.class) {
        continue;
      }
      Path path = AnnotatedElementUtils.findMergedAnnotation(method, Path.class);
      String httpMethod = httpMethod(method);
      String full = path == null ? prefix : join(prefix, path.value());
      if (httpMethod != null) {
        operations.put(httpMethod + " " + normalise(full), resource.getName() + "#" + method.getName());
      } else if (path != null) {
        walk(method.getReturnType(), full, operations, depth + 1);
      }
    }
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    // annotations declared on an interface or a superclass the method implements
    for (Class<?> type = method.getDeclaringClass(); type != null; type = type.getSuperclass()) {
      for (Class<?> contract : type.getInterfaces()) {
        try {
          String found = httpMethod(contract.getMethod(method.getName(), method.getParameterTypes()));
          if (found != null) {
            return found;
          }
        } catch (NoSuchMethodException none) {
          // not this interface's
        }
      }
    }
    return null;
  }

  private static String join(String a, String b) {
    String joined = (a + "/" + b).replaceAll("/+", "/");
    return joined.endsWith("/") && joined.length() > 1 ? joined.substring(0, joined.length() - 1) : joined;
  }

  /** Path parameters without their regular expression: {@code {file:.*}} is {@code {file}}. */
  static String normalise(String path) {
    return path.replaceAll("\\{\\s*([\\w-]+)\\s*:[^}]*}", "{$1}");
  }

  /** The concrete classes with a {@code @Path} in Camunda's webapp packages on the classpath. */
  static Set<String> webappResourceClasses() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
      @Override
      protected boolean isCandidateComponent(
          org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
        return definition.getMetadata().isConcrete();
      }
    };
    scanner.addIncludeFilter(new AnnotationTypeFilter(Path.class, false, true));
    Set<String> classes = new TreeSet<>();
    for (String pkg : WEBAPP_PACKAGES) {
      for (BeanDefinition candidate : scanner.findCandidateComponents(pkg)) {
        try {
          Class<?> type = Class.forName(candidate.getBeanClassName());
          if (!Modifier.isAbstract(type.getModifiers()) && type.getAnnotation(Path.class) != null) {
            classes.add(type.getName());
          }
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return classes;
  }

  /** Every endpoint of Spring MVC ({@code "GET /api/register/centres"}; {@code ANY} for a mapping of every method). */
  static Map<String, String> springEndpoints(ApplicationContext context) {
    Map<String, String> endpoints = new TreeMap<>();
    for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
        .values()) {
      for (Map.Entry<RequestMappingInfo, org.springframework.web.method.HandlerMethod> entry
          : mapping.getHandlerMethods().entrySet()) {
        RequestMappingInfo info = entry.getKey();
        Set<String> methods = new TreeSet<>();
        info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
        if (methods.isEmpty()) {
          methods.add("ANY");
        }
        for (String pattern : info.getPatternValues()) {
          for (String method : methods) {
            endpoints.put(method + " " + pattern, entry.getValue().getBeanType().getName());
          }
        }
      }
    }
    return endpoints;
  }
}
