package cn.gov.bizenv.casetracking.infrastructure.search;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/** The fields of a case's document in the index, and how a {@link CaseDocument} fills them. */
final class CaseFields {
  static final String ID = "id";
  static final String ID_SORT = "id_sort";
  static final String TITLE = "title";

  /**
   * The title's single characters, so that a one-character query finds them inside words; apart
   * from {@link #TITLE}, whose pairs keep the positions a phrase of pairs needs.
   */
  static final String TITLE_CHARS = "title_chars";

  static final String CONTENT = "content";

  /**
   * Tracking number, category path, concerned, lead and assisting units' names: found, not shown.
   */
  static final String META = "meta";

  static final String NUMBER = "number";

  /** The tracking number's endings of four characters or more: people quote its last digits. */
  static final String NUMBER_TAIL = "number_tail";

  static final int NUMBER_TAIL_MIN = 4;
  static final String STATUS = "status";
  static final String CHANNEL = "channel";
  static final String CONCERNED_UNIT = "concerned_unit";
  static final String DISTRICT = "district";
  static final String LEAD_UNIT = "lead_unit";
  static final String ASSISTING_UNIT = "assisting_unit";
  static final String CATEGORY = "category";
  static final String BATCH = "batch";
  static final String RECEIVED = "received";
  static final String CLOSED = "closed";
  static final String TITLE_SORT = "title_sort";

  /** The district value of a case that has none, so that "this district or none" is one filter. */
  static final String NO_DISTRICT = "-";

  private CaseFields() {}

  static long millis(LocalDateTime time) {
    return time.toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  static Document document(CaseDocument c) {
    Document doc = new Document();
    String id = Long.toString(c.id());
    doc.add(new StringField(ID, id, Field.Store.YES));
    doc.add(new NumericDocValuesField(ID_SORT, c.id()));
    doc.add(new TextField(TITLE, c.title(), Field.Store.YES));
    doc.add(new TextField(TITLE_CHARS, c.title(), Field.Store.NO));
    doc.add(new TextField(CONTENT, c.content(), Field.Store.YES));
    List<String> meta = new ArrayList<>();
    meta.add(c.trackingNumber());
    if (c.categoryPath() != null) {
      meta.add(c.categoryPath());
    }
    meta.add(c.concernedUnitName());
    if (c.leadUnitName() != null) {
      meta.add(c.leadUnitName());
    }
    meta.addAll(c.assistingUnitNames());
    // A full stop between the parts keeps a phrase from running from one name into the next.
    doc.add(new TextField(META, String.join("。", meta), Field.Store.NO));
    String number = c.trackingNumber().toLowerCase(java.util.Locale.ROOT);
    doc.add(new StringField(NUMBER, number, Field.Store.NO));
    for (int from = 1; from <= number.length() - NUMBER_TAIL_MIN; from++) {
      doc.add(new StringField(NUMBER_TAIL, number.substring(from), Field.Store.NO));
    }
    doc.add(new SortedDocValuesField(NUMBER, new BytesRef(number)));
    doc.add(new StringField(STATUS, c.status().name(), Field.Store.YES));
    doc.add(new SortedDocValuesField(STATUS, new BytesRef(c.status().name())));
    doc.add(new StringField(CHANNEL, c.channel().name(), Field.Store.YES));
    doc.add(new SortedDocValuesField(CHANNEL, new BytesRef(c.channel().name())));
    doc.add(new SortedDocValuesField(TITLE_SORT, new BytesRef(c.title())));
    doc.add(new StringField(CONCERNED_UNIT, Long.toString(c.concernedUnitId()), Field.Store.NO));
    doc.add(
        new StringField(
            DISTRICT,
            c.districtId() == null ? NO_DISTRICT : Long.toString(c.districtId()),
            Field.Store.NO));
    if (c.leadUnitId() != null) {
      doc.add(new StringField(LEAD_UNIT, Long.toString(c.leadUnitId()), Field.Store.NO));
    }
    for (Long unit : c.assistingUnitIds()) {
      doc.add(new StringField(ASSISTING_UNIT, Long.toString(unit), Field.Store.NO));
    }
    if (c.categoryCode() != null) {
      doc.add(new StringField(CATEGORY, c.categoryCode(), Field.Store.NO));
    }
    if (c.batchId() != null) {
      doc.add(new StringField(BATCH, Long.toString(c.batchId()), Field.Store.NO));
    }
    long received = millis(c.receivedAt());
    doc.add(new LongPoint(RECEIVED, received));
    doc.add(new NumericDocValuesField(RECEIVED, received));
    if (c.closedAt() != null) {
      doc.add(new LongPoint(CLOSED, millis(c.closedAt())));
    }
    return doc;
  }
}
