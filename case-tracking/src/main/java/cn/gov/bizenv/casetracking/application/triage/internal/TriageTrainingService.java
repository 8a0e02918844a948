package cn.gov.bizenv.casetracking.application.triage.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.ADMINISTRATOR;

import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.application.triage.DefaultUnitView;
import cn.gov.bizenv.casetracking.application.triage.ExampleImport;
import cn.gov.bizenv.casetracking.application.triage.ExampleImport.RefusedRow;
import cn.gov.bizenv.casetracking.application.triage.ModelInfo;
import cn.gov.bizenv.casetracking.application.triage.NewDefaultUnit;
import cn.gov.bizenv.casetracking.application.triage.TriageTraining;
import cn.gov.bizenv.casetracking.application.triage.internal.TriageLookups.Node;
import cn.gov.bizenv.casetracking.application.triage.internal.TriageLookups.Snapshot;
import cn.gov.bizenv.casetracking.application.triage.internal.TriageLookups.UnitName;
import cn.gov.bizenv.casetracking.domain.model.triage.DefaultUnit;
import cn.gov.bizenv.casetracking.domain.model.triage.StoredModel;
import cn.gov.bizenv.casetracking.domain.model.triage.TrainingExample;
import cn.gov.bizenv.casetracking.domain.model.triage.TriageRepository;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The administrator's side of triage. An example's label is a category code ({@code 01.02.003}), a
 * path of names ({@code 城乡建设/安全生产/事故处理}) or a name at any level when only one active category bears
 * it; its unit, if any, an active unit's exact name.
 */
@Stateless
@RolesAllowed(ADMINISTRATOR)
public class TriageTrainingService implements TriageTraining {
  private static final Pattern CODE = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{3})?)?");
  private static final Pattern PATH_SEPARATOR = Pattern.compile("\\s*[/／>＞]\\s*");

  @Inject TriageRepository repository;
  @Inject TriageLookups lookups;
  @Inject ModelTraining training;
  @Inject InputValidation validation;
  @Inject PortalClock clock;
  @Inject Callers callers;

  @Override
  public ExampleImport importExamples(byte[] file, boolean dryRun) {
    List<ExampleRows.Row> rows = ExampleRows.read(file);
    lookups.invalidate();
    Snapshot snapshot = lookups.current();
    Labels labels = new Labels(snapshot);
    Map<String, Long> unitsByName = new HashMap<>();
    snapshot.units().values().forEach(u -> unitsByName.put(u.name(), u.id()));
    String importer = callers.current().username();
    LocalDateTime now = clock.now();
    int accepted = 0;
    List<RefusedRow> refused = new ArrayList<>();
    for (ExampleRows.Row row : rows) {
      List<FieldViolation> problems = new ArrayList<>();
      if (row.malformed()) {
        problems.add(violation("file", "triage.example.malformed", Map.of()));
      }
      Long category = labels.resolve(row.label(), problems);
      if (row.title().isBlank() && row.content().isBlank()) {
        problems.add(violation("content", "triage.example.text.required", Map.of()));
      }
      if (row.title().length() > TrainingExample.TITLE_MAX) {
        problems.add(
            violation(
                "title", "triage.example.title.size", Map.of("max", TrainingExample.TITLE_MAX)));
      }
      if (row.content().length() > TrainingExample.CONTENT_MAX) {
        problems.add(
            violation(
                "content",
                "triage.example.content.size",
                Map.of("max", TrainingExample.CONTENT_MAX)));
      }
      Long unit = null;
      if (!row.unit().isBlank()) {
        unit = unitsByName.get(row.unit());
        if (unit == null) {
          problems.add(
              violation("unit", "triage.example.unit.unknown", Map.of("unit", row.unit())));
        }
      }
      if (!problems.isEmpty()) {
        refused.add(new RefusedRow(row.line(), List.copyOf(problems)));
        continue;
      }
      accepted++;
      if (!dryRun) {
        repository.add(
            new TrainingExample(category, row.title(), row.content(), unit, now, importer));
      }
    }
    return new ExampleImport(dryRun, accepted, refused.size(), List.copyOf(refused));
  }

  /** Resolves labels by code, path or unique name. */
  private static final class Labels {
    private final Map<String, Long> byCode = new HashMap<>();
    private final Map<String, Long> byPath = new HashMap<>();
    private final Map<String, List<Long>> byName = new HashMap<>();

    Labels(Snapshot snapshot) {
      for (Node node : snapshot.categories().values()) {
        if (node.active()) {
          byCode.put(node.code(), node.id());
          byPath.put(node.path(), node.id());
          byName.computeIfAbsent(node.name(), n -> new ArrayList<>()).add(node.id());
        }
      }
    }

    Long resolve(String label, List<FieldViolation> problems) {
      String text = label.strip();
      if (text.isEmpty()) {
        problems.add(violation("label", "triage.example.label.required", Map.of()));
        return null;
      }
      Long id;
      if (CODE.matcher(text).matches()) {
        id = byCode.get(text);
      } else if (PATH_SEPARATOR.matcher(text).find()) {
        id = byPath.get(String.join(" / ", PATH_SEPARATOR.split(text)));
      } else {
        List<Long> named = byName.getOrDefault(text, List.of());
        if (named.size() > 1) {
          problems.add(violation("label", "triage.example.label.ambiguous", Map.of("label", text)));
          return null;
        }
        id = named.isEmpty() ? null : named.get(0);
      }
      if (id == null) {
        problems.add(violation("label", "triage.example.label.unknown", Map.of("label", text)));
      }
      return id;
    }
  }

  private static FieldViolation violation(
      String field, String key, Map<String, Object> attributes) {
    return new FieldViolation(field, key, attributes);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ModelInfo retrain() {
    training.train(true);
    return model();
  }

  @Override
  public ModelInfo model() {
    return repository
        .latest()
        .map(TriageTrainingService::info)
        .orElse(new ModelInfo(0, 0, 0, 0, null, null, null));
  }

  private static ModelInfo info(StoredModel m) {
    return new ModelInfo(
        m.getVersion(),
        m.getExamples(),
        m.getFromCases(),
        m.getImported(),
        m.getTrainedAt(),
        m.getTop1(),
        m.getTop3());
  }

  @Override
  public List<DefaultUnitView> defaultUnits() {
    Snapshot snapshot = lookups.current();
    return repository.defaultUnits().stream().map(d -> view(d, snapshot)).toList();
  }

  @Override
  public DefaultUnitView setDefaultUnit(NewDefaultUnit command) {
    validation.check(command);
    lookups.invalidate();
    Snapshot snapshot = lookups.current();
    Node category = snapshot.categories().get(command.categoryId());
    if (category == null || !category.active()) {
      throw InputValidation.invalid("categoryId", "triage.categoryId.unknown");
    }
    UnitName unit = snapshot.units().get(command.unitId());
    if (unit == null) {
      throw InputValidation.invalid("unitId", "triage.unitId.unknown");
    }
    if (command.districtId() != null) {
      UnitName district = snapshot.units().get(command.districtId());
      if (district == null || !district.district()) {
        throw InputValidation.invalid("districtId", "triage.districtId.unknown");
      }
    }
    DefaultUnit defaultUnit =
        repository
            .defaultUnit(command.categoryId(), command.districtId())
            .orElseGet(
                () -> {
                  DefaultUnit created =
                      new DefaultUnit(command.categoryId(), command.districtId(), command.unitId());
                  repository.add(created);
                  return created;
                });
    defaultUnit.assign(command.unitId());
    lookups.invalidate();
    return view(defaultUnit, snapshot);
  }

  @Override
  public void removeDefaultUnit(long id) {
    DefaultUnit found =
        repository.defaultUnits().stream()
            .filter(d -> d.getId() == id)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("default unit", id));
    repository.remove(found);
    lookups.invalidate();
  }

  private static DefaultUnitView view(DefaultUnit d, Snapshot snapshot) {
    Node category = snapshot.categories().get(d.getCategoryId());
    UnitName district = d.getDistrictId() == null ? null : snapshot.units().get(d.getDistrictId());
    UnitName unit = snapshot.units().get(d.getUnitId());
    return new DefaultUnitView(
        d.getId() == null ? 0 : d.getId(),
        d.getCategoryId(),
        category == null ? String.valueOf(d.getCategoryId()) : category.path(),
        d.getDistrictId(),
        district == null ? null : district.name(),
        d.getUnitId(),
        unit == null ? String.valueOf(d.getUnitId()) : unit.name());
  }
}
