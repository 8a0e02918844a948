package cn.gov.bizenv.casetracking.domain.model.bulletin;

import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.Figures;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.NotableCase;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.RankedUnit;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.SupervisedUnit;
import cn.gov.bizenv.casetracking.domain.model.report.KeyCount;
import cn.gov.bizenv.casetracking.domain.model.report.SeriesPoint;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * The frozen form of a {@link BulletinContent}: JSON text stored with the approved bulletin.
 * Written by hand with JSON-P so that the stored shape is explicit and does not change with a
 * binding library's defaults; {@code format} is the shape's version.
 */
public final class BulletinSnapshot {
  static final int FORMAT = 1;

  private BulletinSnapshot() {}

  public static String write(BulletinContent c) {
    Figures f = c.figures();
    JsonObjectBuilder figures =
        Json.createObjectBuilder()
            .add("received", f.received())
            .add("closed", f.closed())
            .add("replyDue", f.replyDue())
            .add("onTime", f.onTime())
            .add("overdue", f.overdue())
            .add("rated", f.rated())
            .add("satisfied", f.satisfied());
    putNumber(figures, "onTimeRate", f.onTimeRate());
    putNumber(figures, "satisfactionRate", f.satisfactionRate());
    JsonObjectBuilder root =
        Json.createObjectBuilder()
            .add("format", FORMAT)
            .add("from", c.from().toString())
            .add("to", c.to().toString())
            .add("asOf", c.asOf().toString())
            .add("figures", figures)
            .add("overdueByUnit", array(c.overdueByUnit(), BulletinSnapshot::keyCount))
            .add("supervisedUnits", array(c.supervisedUnits(), BulletinSnapshot::supervised))
            .add("notableCases", array(c.notableCases(), BulletinSnapshot::notable))
            .add("notableChosen", c.notableChosen())
            .add("ranking", array(c.ranking(), BulletinSnapshot::ranked))
            .add("series", array(c.series(), BulletinSnapshot::point));
    putText(root, "foreword", c.foreword());
    return root.build().toString();
  }

  public static BulletinContent read(String json) {
    JsonObject o;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      o = reader.readObject();
    }
    if (o.getInt("format") != FORMAT) {
      throw new IllegalArgumentException("unknown bulletin snapshot format " + o.getInt("format"));
    }
    JsonObject f = o.getJsonObject("figures");
    return new BulletinContent(
        LocalDate.parse(o.getString("from")),
        LocalDate.parse(o.getString("to")),
        LocalDateTime.parse(o.getString("asOf")),
        new Figures(
            f.getJsonNumber("received").longValue(),
            f.getJsonNumber("closed").longValue(),
            f.getJsonNumber("replyDue").longValue(),
            f.getJsonNumber("onTime").longValue(),
            decimal(f, "onTimeRate"),
            f.getJsonNumber("overdue").longValue(),
            f.getJsonNumber("rated").longValue(),
            f.getJsonNumber("satisfied").longValue(),
            decimal(f, "satisfactionRate")),
        list(
            o,
            "overdueByUnit",
            r ->
                new KeyCount(
                    r.getString("key"), text(r, "label"), r.getJsonNumber("count").longValue())),
        list(
            o,
            "supervisedUnits",
            r ->
                new SupervisedUnit(
                    r.getJsonNumber("unitId").longValue(),
                    text(r, "unitName"),
                    r.getJsonNumber("urges").longValue(),
                    r.getJsonNumber("orders").longValue(),
                    r.getJsonNumber("notices").longValue(),
                    r.getJsonNumber("accountabilities").longValue())),
        list(
            o,
            "notableCases",
            r ->
                new NotableCase(
                    r.getJsonNumber("caseId").longValue(),
                    r.getString("trackingNumber"),
                    r.getString("title"),
                    text(r, "leadUnitName"),
                    r.getString("status"),
                    r.isNull("replyDue") ? null : LocalDateTime.parse(r.getString("replyDue")),
                    whole(r, "daysOverdue"),
                    text(r, "remark"))),
        o.getBoolean("notableChosen"),
        list(
            o,
            "ranking",
            r ->
                new RankedUnit(
                    r.isNull("place") ? null : r.getInt("place"),
                    r.getJsonNumber("unitId").longValue(),
                    text(r, "unitName"),
                    decimal(r, "score"),
                    decimal(r, "trend"))),
        text(o, "foreword"),
        // Bulletins approved before the trend was kept have no series.
        o.containsKey("series")
            ? list(
                o,
                "series",
                r ->
                    new SeriesPoint(
                        LocalDate.parse(r.getString("start")),
                        r.getJsonNumber("received").longValue(),
                        r.getJsonNumber("closed").longValue()))
            : List.of());
  }

  private static JsonObjectBuilder point(SeriesPoint p) {
    return Json.createObjectBuilder()
        .add("start", p.start().toString())
        .add("received", p.received())
        .add("closed", p.closed());
  }

  private static JsonObjectBuilder keyCount(KeyCount k) {
    JsonObjectBuilder b = Json.createObjectBuilder().add("key", k.key()).add("count", k.count());
    putText(b, "label", k.label());
    return b;
  }

  private static JsonObjectBuilder supervised(SupervisedUnit u) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("unitId", u.unitId())
            .add("urges", u.urges())
            .add("orders", u.orders())
            .add("notices", u.notices())
            .add("accountabilities", u.accountabilities());
    putText(b, "unitName", u.unitName());
    return b;
  }

  private static JsonObjectBuilder notable(NotableCase n) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("caseId", n.caseId())
            .add("trackingNumber", n.trackingNumber())
            .add("title", n.title())
            .add("status", n.status());
    putText(b, "leadUnitName", n.leadUnitName());
    putText(b, "replyDue", n.replyDue() == null ? null : n.replyDue().toString());
    if (n.daysOverdue() == null) {
      b.addNull("daysOverdue");
    } else {
      b.add("daysOverdue", n.daysOverdue());
    }
    putText(b, "remark", n.remark());
    return b;
  }

  private static JsonObjectBuilder ranked(RankedUnit r) {
    JsonObjectBuilder b = Json.createObjectBuilder().add("unitId", r.unitId());
    if (r.place() == null) {
      b.addNull("place");
    } else {
      b.add("place", r.place());
    }
    putText(b, "unitName", r.unitName());
    putNumber(b, "score", r.score());
    putNumber(b, "trend", r.trend());
    return b;
  }

  private static <T> JsonArrayBuilder array(List<T> rows, Function<T, JsonObjectBuilder> one) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    rows.forEach(r -> a.add(one.apply(r)));
    return a;
  }

  private static <T> List<T> list(JsonObject o, String name, Function<JsonObject, T> one) {
    JsonArray a = o.getJsonArray(name);
    return a.getValuesAs(JsonObject.class).stream().map(one).toList();
  }

  private static void putText(JsonObjectBuilder b, String name, String value) {
    if (value == null) {
      b.addNull(name);
    } else {
      b.add(name, value);
    }
  }

  private static void putNumber(JsonObjectBuilder b, String name, Double value) {
    if (value == null) {
      b.addNull(name);
    } else {
      b.add(name, value);
    }
  }

  private static String text(JsonObject o, String name) {
    return !o.containsKey(name) || o.isNull(name) ? null : o.getString(name);
  }

  private static Double decimal(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v == null || v.getValueType() == JsonValue.ValueType.NULL
        ? null
        : ((JsonNumber) v).doubleValue();
  }

  private static Long whole(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v == null || v.getValueType() == JsonValue.ValueType.NULL
        ? null
        : ((JsonNumber) v).longValue();
  }
}
