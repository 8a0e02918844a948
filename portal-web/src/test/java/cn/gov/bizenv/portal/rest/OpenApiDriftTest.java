package cn.gov.bizenv.portal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written OpenAPI document cannot drift from the resources: a real OpenAPI parser must
 * read it without a complaint, and every resource method's query and path parameters, and every
 * record and enum its signature reaches, must match the document (record components as schema
 * properties, enum constants as the schema's values). A schema is matched to a Java type by its
 * simple name.
 */
class OpenApiDriftTest {
  static final java.nio.file.Path DOCUMENT =
      java.nio.file.Path.of("src/main/resources/META-INF/openapi.yaml");

  /** Types documented under a name of their own: the Java name without its View suffix, mostly. */
  static final Map<String, String> SCHEMA_OF =
      Map.ofEntries(
          Map.entry("UnitView", "Unit"),
          Map.entry("AccountView", "Account"),
          Map.entry("SourceKind", "TaskSource"),
          Map.entry("ProgressReportView", "ProgressReport"),
          Map.entry("TriageAnswer", "TriageSuggestions"),
          Map.entry("CategoryAdvice", "CategorySuggestion"),
          Map.entry("UnitAdvice", "UnitSuggestion"),
          Map.entry("AttachmentView", "Attachment"),
          Map.entry("BulletinView", "Bulletin"),
          Map.entry("CalendarYearView", "CalendarYear"),
          Map.entry("CategoryView", "Category"),
          Map.entry("DeadlineView", "Deadlines"),
          Map.entry("DeliveryView", "Delivery"),
          Map.entry("IndustryView", "Industry"),
          Map.entry("OfficerView", "Officer"),
          Map.entry("AssignmentView", "Assignment"),
          Map.entry("PublishedLetterView", "PublishedLetter"),
          Map.entry("TimeLimitRuleView", "TimeLimitRule"),
          Map.entry("WeightView", "RankingWeight"));

  /**
   * Records still described inline where they are used, not as schemas of their own, so that only
   * their paths and parameters are held. The list may only shrink: a new record needs a schema.
   */
  static final Set<String> DESCRIBED_INLINE =
      Set.of(
          "ApiKeyView",
          "ChallengeView",
          "Coverage",
          "Dashboard",
          "DistrictChoice",
          "Figures",
          "LetterContact",
          "LetterSubmission",
          "MonthlyStatistics",
          "NewApiKey",
          "NewLetter",
          "NotableCase",
          "NotableInput",
          "OfficerCoverage",
          "OverdueCase",
          "PageResponse",
          "Preview",
          "PreviewRow",
          "Problem",
          "PublicationDraft",
          "PublishLetter",
          "RankedUnit",
          "RankingRow",
          "ReportPeriod",
          "SendBack",
          "SupervisedUnit",
          "SweepResult",
          "UnitMeasures",
          "UnitRanking",
          "Verdict",
          "WeightChange");

  static OpenAPI document;
  static List<Class<?>> resources;

  @BeforeAll
  static void read() throws IOException {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult parsed =
        new OpenAPIV3Parser().readLocation(DOCUMENT.toString(), null, options);
    assertEquals(List.of(), parsed.getMessages(), "the OpenAPI parser's complaints");
    document = parsed.getOpenAPI();
    assertNotNull(document);
    resources =
        ResourceScan.classesUnder(
                java.nio.file.Path.of("target/classes"), "cn.gov.bizenv.portal.rest")
            .stream()
            .filter(type -> type.isAnnotationPresent(Path.class))
            .toList();
    assertFalse(resources.isEmpty());
  }

  @Test
  void everyQueryAndPathParameterIsDocumentedAndNothingElse() {
    Set<String> drift = new TreeSet<>();
    for (Class<?> resource : resources) {
      for (Method method : resource.getDeclaredMethods()) {
        String verb = verb(method);
        if (verb == null) {
          continue;
        }
        String path = path(resource, method);
        Operation operation = operation(path, verb);
        if (operation == null) {
          continue; // OpenApiDocumentTest names missing operations
        }
        Set<String> declared = parameters(method);
        Set<String> documented = documentedParameters(path, operation);
        for (String missing : difference(declared, documented)) {
          drift.add(verb + " " + path + ": parameter " + missing + " is not documented");
        }
        for (String extra : difference(documented, declared)) {
          drift.add(verb + " " + path + ": documented parameter " + extra + " does not exist");
        }
      }
    }
    assertEquals(Set.of(), drift);
  }

  @Test
  void everyRecordAndEnumTheResourcesReachMatchesItsSchema() {
    Map<String, Schema> schemas = document.getComponents().getSchemas();
    Set<String> drift = new TreeSet<>();
    for (Class<?> type : reachedTypes()) {
      Schema<?> schema =
          schemas.get(SCHEMA_OF.getOrDefault(type.getSimpleName(), type.getSimpleName()));
      if (schema == null) {
        if (!DESCRIBED_INLINE.contains(type.getSimpleName())) {
          drift.add(type.getSimpleName() + ": no schema of that name in components");
        }
        continue;
      }
      if (DESCRIBED_INLINE.contains(type.getSimpleName())) {
        drift.add(type.getSimpleName() + ": has a schema now; take it off DESCRIBED_INLINE");
      }
      if (type.isEnum()) {
        Set<String> constants =
            Arrays.stream(type.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> values =
            schema.getEnum() == null
                ? Set.of()
                : schema.getEnum().stream()
                    .map(String::valueOf)
                    .collect(Collectors.toCollection(TreeSet::new));
        if (!constants.equals(values)) {
          drift.add(type.getSimpleName() + ": enum " + constants + " but documented " + values);
        }
      } else if (type.isRecord()) {
        Set<String> components = serializedProperties(type);
        Set<String> properties = documentedProperties(schema);
        if (!components.equals(properties)) {
          drift.add(
              type.getSimpleName()
                  + ": components "
                  + components
                  + " but documented properties "
                  + properties);
        }
      }
    }
    assertEquals(Set.of(), drift);
  }

  /** A schema's properties, with those of the schemas it composes ({@code allOf}). */
  private static Set<String> documentedProperties(Schema<?> schema) {
    Set<String> names = new TreeSet<>();
    if (schema.get$ref() != null) {
      String name = schema.get$ref().replaceFirst("^#/components/schemas/", "");
      return documentedProperties(document.getComponents().getSchemas().get(name));
    }
    if (schema.getProperties() != null) {
      names.addAll(schema.getProperties().keySet());
    }
    if (schema.getAllOf() != null) {
      for (Schema<?> part : schema.getAllOf()) {
        names.addAll(documentedProperties(part));
      }
    }
    return names;
  }

  /**
   * What JSON-B writes for a record: its components, and the values of its public getters ({@code
   * isLeaf()} becomes {@code leaf}).
   */
  private static Set<String> serializedProperties(Class<?> record) {
    Set<String> names =
        Arrays.stream(record.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toCollection(TreeSet::new));
    for (Method method : record.getMethods()) {
      boolean getter =
          method.getParameterCount() == 0
              && !java.lang.reflect.Modifier.isStatic(method.getModifiers())
              && method.getDeclaringClass() == record
              && !method.isAnnotationPresent(jakarta.json.bind.annotation.JsonbTransient.class);
      String name = method.getName();
      if (getter && name.matches("(is|get)[A-Z].*")) {
        String property = name.replaceFirst("^(is|get)", "");
        names.add(Character.toLowerCase(property.charAt(0)) + property.substring(1));
      }
    }
    return names;
  }

  /** Records and enums of the portal reached from resource signatures, through their components. */
  private static Set<Class<?>> reachedTypes() {
    Set<Class<?>> reached = new LinkedHashSet<>();
    Deque<Type> pending = new ArrayDeque<>();
    for (Class<?> resource : resources) {
      for (Method method : resource.getDeclaredMethods()) {
        if (verb(method) == null) {
          continue;
        }
        pending.add(method.getGenericReturnType());
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
          if (parameter.getAnnotations().length == 0) {
            pending.add(parameter.getParameterizedType()); // the request body
          }
        }
      }
    }
    Set<Type> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      Type type = pending.pop();
      if (!seen.add(type)) {
        continue;
      }
      if (type instanceof ParameterizedType generic) {
        pending.add(generic.getRawType());
        pending.addAll(Arrays.asList(generic.getActualTypeArguments()));
      } else if (type instanceof WildcardType wildcard) {
        pending.addAll(Arrays.asList(wildcard.getUpperBounds()));
      } else if (type instanceof Class<?> raw && raw.getName().startsWith("cn.gov.bizenv.")) {
        if (raw.isEnum()) {
          reached.add(raw);
        } else if (raw.isRecord()) {
          reached.add(raw);
          for (RecordComponent component : raw.getRecordComponents()) {
            pending.add(component.getGenericType());
          }
        }
      } else if (type instanceof Class<?> array && array.isArray()) {
        pending.add(array.getComponentType());
      }
    }
    return reached;
  }

  private static Set<String> parameters(Method method) {
    Set<String> names = new TreeSet<>();
    for (java.lang.reflect.Parameter parameter : method.getParameters()) {
      if (parameter.isAnnotationPresent(QueryParam.class)) {
        names.add("query " + parameter.getAnnotation(QueryParam.class).value());
      } else if (parameter.isAnnotationPresent(PathParam.class)) {
        names.add("path " + parameter.getAnnotation(PathParam.class).value());
      } else if (parameter.isAnnotationPresent(BeanParam.class)) {
        for (Field field : parameter.getType().getDeclaredFields()) {
          if (field.isAnnotationPresent(QueryParam.class)) {
            names.add("query " + field.getAnnotation(QueryParam.class).value());
          }
        }
      }
    }
    for (Field field : method.getDeclaringClass().getDeclaredFields()) {
      if (field.isAnnotationPresent(PathParam.class)) {
        names.add("path " + field.getAnnotation(PathParam.class).value());
      } else if (field.isAnnotationPresent(QueryParam.class)) {
        names.add("query " + field.getAnnotation(QueryParam.class).value());
      }
    }
    return names;
  }

  private static Set<String> documentedParameters(String path, Operation operation) {
    Set<String> names = new TreeSet<>();
    PathItem item = document.getPaths().get(path);
    for (List<Parameter> list : Arrays.asList(item.getParameters(), operation.getParameters())) {
      if (list == null) {
        continue;
      }
      for (Parameter parameter : list) {
        Parameter resolved = resolve(parameter);
        if (!"header".equals(resolved.getIn())) {
          names.add(resolved.getIn() + " " + resolved.getName());
        }
      }
    }
    return names;
  }

  private static Parameter resolve(Parameter parameter) {
    if (parameter.get$ref() == null) {
      return parameter;
    }
    String name = parameter.get$ref().replaceFirst("^#/components/parameters/", "");
    Parameter shared = document.getComponents().getParameters().get(name);
    assertNotNull(shared, "no shared parameter " + parameter.get$ref());
    return shared;
  }

  private static Operation operation(String path, String verb) {
    PathItem item = document.getPaths().get(path);
    if (item == null) {
      return null;
    }
    return switch (verb) {
      case "GET" -> item.getGet();
      case "POST" -> item.getPost();
      case "PUT" -> item.getPut();
      case "DELETE" -> item.getDelete();
      default -> null;
    };
  }

  private static Set<String> difference(Set<String> left, Set<String> right) {
    Set<String> result = new TreeSet<>(left);
    result.removeAll(right);
    return result;
  }

  private static String path(Class<?> resource, Method method) {
    String classPath = "/api/" + trim(resource.getAnnotation(Path.class).value());
    return method.isAnnotationPresent(Path.class)
        ? classPath + "/" + trim(method.getAnnotation(Path.class).value())
        : classPath;
  }

  private static String verb(Method method) {
    if (method.isAnnotationPresent(GET.class)) return "GET";
    if (method.isAnnotationPresent(POST.class)) return "POST";
    if (method.isAnnotationPresent(PUT.class)) return "PUT";
    if (method.isAnnotationPresent(DELETE.class)) return "DELETE";
    return null;
  }

  private static String trim(String path) {
    return path.replaceAll("^/+", "")
        .replaceAll("/+$", "")
        .replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
  }
}
