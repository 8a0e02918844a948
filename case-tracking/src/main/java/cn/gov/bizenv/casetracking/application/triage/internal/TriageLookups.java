package cn.gov.bizenv.casetracking.application.triage.internal;

import cn.gov.bizenv.casetracking.domain.model.category.Category;
import cn.gov.bizenv.casetracking.domain.model.category.CategoryRepository;
import cn.gov.bizenv.casetracking.domain.model.triage.DefaultUnit;
import cn.gov.bizenv.casetracking.domain.model.triage.TriageRepository;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The category tree, the active units and the default units as suggestions need them, read at most
 * every {@link #TTL_NANOS} (they change rarely; an edit on this server is seen at once), so that a
 * suggestion costs no query.
 */
@ApplicationScoped
public class TriageLookups {
  static final long TTL_NANOS = 15_000_000_000L;

  /** A category as suggestions show it. */
  record Node(
      long id, String code, String name, String path, int level, Long parentId, boolean active) {}

  /** A unit as suggestions show it. */
  record UnitName(long id, String name, boolean district) {}

  record Snapshot(
      Map<Long, Node> categories,
      List<Node> topLevel,
      Map<Long, UnitName> units,
      Map<String, Long> defaults,
      long readAt) {
    /** The ids from the top level down to the category. */
    List<Long> path(long categoryId) {
      List<Long> path = new ArrayList<>();
      for (Node node = categories.get(categoryId);
          node != null;
          node = node.parentId() == null ? null : categories.get(node.parentId())) {
        path.add(0, node.id());
      }
      return path;
    }

    /** The default unit of the category or its nearest ancestor, for the district or else all. */
    Optional<Long> defaultUnit(long categoryId, Long districtId) {
      for (Node node = categories.get(categoryId);
          node != null;
          node = node.parentId() == null ? null : categories.get(node.parentId())) {
        Long unit = districtId == null ? null : defaults.get(key(node.id(), districtId));
        if (unit == null) {
          unit = defaults.get(key(node.id(), null));
        }
        if (unit != null && units.containsKey(unit)) {
          return Optional.of(unit);
        }
      }
      return Optional.empty();
    }
  }

  @Inject CategoryRepository categoryRepository;
  @Inject UnitRepository unitRepository;
  @Inject TriageRepository triage;

  private volatile Snapshot snapshot;

  Snapshot current() {
    Snapshot current = snapshot;
    if (current == null || System.nanoTime() - current.readAt() > TTL_NANOS) {
      current = read();
      snapshot = current;
    }
    return current;
  }

  void invalidate() {
    snapshot = null;
  }

  static String key(long categoryId, Long districtId) {
    return categoryId + "@" + districtId;
  }

  private Snapshot read() {
    Map<Long, Node> categories = new HashMap<>();
    List<Node> topLevel = new ArrayList<>();
    for (Category category : categoryRepository.all()) { // parents before children
      Category parent = category.getParent();
      Node parentNode = parent == null ? null : categories.get(parent.getId());
      String path =
          parentNode == null ? category.getName() : parentNode.path() + " / " + category.getName();
      boolean active = category.isActive() && (parentNode == null || parentNode.active());
      Node node =
          new Node(
              category.getId(),
              category.getCode(),
              category.getName(),
              path,
              category.getLevel(),
              parent == null ? null : parent.getId(),
              active);
      categories.put(node.id(), node);
      if (node.level() == 1 && node.active()) {
        topLevel.add(node);
      }
    }
    Map<Long, UnitName> units = new HashMap<>();
    for (Unit unit : unitRepository.allActive()) {
      units.put(
          unit.getId(),
          new UnitName(
              unit.getId(), unit.getName(), unit.getKind() == UnitKind.COUNTY_OR_DISTRICT));
    }
    Map<String, Long> defaults = new HashMap<>();
    for (DefaultUnit d : triage.defaultUnits()) {
      defaults.put(key(d.getCategoryId(), d.getDistrictId()), d.getUnitId());
    }
    return new Snapshot(
        Map.copyOf(categories),
        List.copyOf(topLevel),
        Map.copyOf(units),
        Map.copyOf(defaults),
        System.nanoTime());
  }
}
