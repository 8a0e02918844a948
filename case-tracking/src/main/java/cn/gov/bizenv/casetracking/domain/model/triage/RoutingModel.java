package cn.gov.bizenv.casetracking.domain.model.triage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What the portal learned from its history: a {@link TextClassifier} per level of the category tree
 * (a message labelled at level 3 teaches all three levels, one labelled at level 1 only the first)
 * and, per category at every level, how many of its messages went to which lead unit. Immutable;
 * stored as bytes in {@link StoredModel} so that every server uses the same one.
 */
public final class RoutingModel {
  public static final int LEVELS = 3;
  public static final RoutingModel EMPTY = new RoutingModel(new TextClassifier[LEVELS], Map.of());
  private static final int FORMAT = 1;

  /**
   * A message to learn from.
   *
   * @param path the ids of its category and the category's ancestors, top level first
   * @param unitId the lead unit it went to, if known
   */
  public record Message(String title, String content, List<Long> path, Long unitId) {
    public Message {
      if (path.isEmpty() || path.size() > LEVELS) {
        throw new IllegalArgumentException("a category path has 1 to 3 levels");
      }
      path = List.copyOf(path);
    }
  }

  private final TextClassifier[] levels;
  private final Map<Long, Map<Long, Integer>> unitsByCategory;

  private RoutingModel(TextClassifier[] levels, Map<Long, Map<Long, Integer>> unitsByCategory) {
    this.levels = levels;
    this.unitsByCategory = unitsByCategory;
  }

  public static RoutingModel train(List<Message> messages, TextClassifier.Settings settings) {
    TextClassifier[] levels = new TextClassifier[LEVELS];
    for (int deep = 1; deep <= LEVELS; deep++) {
      int level = deep;
      int at = level - 1;
      List<LabelledText> labelled =
          messages.stream()
              .filter(m -> m.path().size() >= level)
              .map(m -> new LabelledText(m.title(), m.content(), m.path().get(at)))
              .toList();
      levels[at] = labelled.isEmpty() ? null : TextClassifier.train(labelled, settings);
    }
    Map<Long, Map<Long, Integer>> units = new HashMap<>();
    for (Message message : messages) {
      if (message.unitId() != null) {
        for (long category : message.path()) {
          units
              .computeIfAbsent(category, c -> new HashMap<>())
              .merge(message.unitId(), 1, Integer::sum);
        }
      }
    }
    return new RoutingModel(levels, units);
  }

  /** The classifier of a level (1 to 3), if any message was labelled that deep. */
  public Optional<TextClassifier> level(int level) {
    return Optional.ofNullable(levels[level - 1]);
  }

  /** How many messages of the category (at any level) went to each lead unit. */
  public Map<Long, Integer> unitsOf(long categoryId) {
    return unitsByCategory.getOrDefault(categoryId, Map.of());
  }

  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
      out.writeInt(FORMAT);
      for (TextClassifier level : levels) {
        out.writeBoolean(level != null);
        if (level != null) {
          level.writeTo(out);
        }
      }
      out.writeInt(unitsByCategory.size());
      for (Map.Entry<Long, Map<Long, Integer>> category : unitsByCategory.entrySet()) {
        out.writeLong(category.getKey());
        out.writeInt(category.getValue().size());
        for (Map.Entry<Long, Integer> unit : category.getValue().entrySet()) {
          out.writeLong(unit.getKey());
          out.writeInt(unit.getValue());
        }
      }
    } catch (IOException cannot) {
      throw new UncheckedIOException(cannot);
    }
    return bytes.toByteArray();
  }

  public static RoutingModel fromBytes(byte[] stored) {
    try (DataInputStream in =
        new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(stored)))) {
      int format = in.readInt();
      if (format != FORMAT) {
        throw new IOException("unknown routing model format " + format);
      }
      TextClassifier[] levels = new TextClassifier[LEVELS];
      for (int at = 0; at < LEVELS; at++) {
        levels[at] = in.readBoolean() ? TextClassifier.readFrom(in) : null;
      }
      int categories = in.readInt();
      Map<Long, Map<Long, Integer>> units = new HashMap<>(categories * 2);
      for (int c = 0; c < categories; c++) {
        long category = in.readLong();
        int count = in.readInt();
        Map<Long, Integer> counts = new HashMap<>(count * 2);
        for (int u = 0; u < count; u++) {
          counts.put(in.readLong(), in.readInt());
        }
        units.put(category, counts);
      }
      return new RoutingModel(levels, units);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** Labels of every level's classifier, for tests and the model page. */
  List<long[]> labels() {
    List<long[]> all = new ArrayList<>();
    for (TextClassifier level : levels) {
      all.add(level == null ? new long[0] : level.labels());
    }
    return all;
  }
}
