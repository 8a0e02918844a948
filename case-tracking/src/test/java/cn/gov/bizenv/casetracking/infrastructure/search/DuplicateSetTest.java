package cn.gov.bizenv.casetracking.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.casefile.SimilarCase;
import cn.gov.bizenv.casetracking.domain.model.casefile.SimilarityProbe;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The duplicate detection measured on the labelled set in {@code duplicates/duplicate-set.tsv}:
 * every message is a probe, run through the index's own similar-case search; a pair counts as found
 * when either of its messages finds the other at or above the threshold. Positives are the pairs of
 * one group (the same problem on different channels); every other pair is a negative, those of the
 * same district and category the hard ones. Prints the precision/recall curve.
 */
class DuplicateSetTest {
  private static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 11, 2, 9, 0);

  record Message(
      int index,
      String group,
      Channel channel,
      String district,
      String category,
      String title,
      String content) {}

  @Test
  void precisionAndRecallAtTheDefaultThreshold() throws IOException {
    List<Message> messages = read();
    Map<String, Long> districts = new LinkedHashMap<>();
    messages.forEach(m -> districts.putIfAbsent(m.district(), 100L + districts.size()));
    Map<Long, Double> found = new HashMap<>();
    try (CaseIndexEngine engine = CaseIndexEngine.open(new ByteBuffersDirectory())) {
      List<CaseDocument> documents = new ArrayList<>();
      for (Message m : messages) {
        long district = districts.get(m.district());
        documents.add(
            new CaseDocument(
                m.index(),
                "LY" + (20261102000L + m.index()),
                m.title(),
                m.content(),
                null,
                null,
                m.channel(),
                CaseStatus.NEW,
                district,
                m.district(),
                district,
                null,
                null,
                List.of(),
                List.of(),
                RECEIVED,
                null,
                null));
      }
      engine.apply(documents, List.of(), Map.of());
      for (Message m : messages) {
        SimilarityProbe probe =
            new SimilarityProbe(
                m.title(),
                m.content(),
                districts.get(m.district()),
                (long) m.index(),
                RECEIVED.minusDays(90));
        for (SimilarCase hit : engine.similar(probe, 10)) {
          found.merge(pair(m.index(), (int) hit.caseId()), hit.score(), Math::max);
        }
      }
    }

    int positives = 0;
    int hardNegatives = 0;
    for (Message a : messages) {
      for (Message b : messages) {
        if (a.index() < b.index()) {
          if (a.group().equals(b.group())) {
            positives++;
          } else if (a.district().equals(b.district()) && a.category().equals(b.category())) {
            hardNegatives++;
          }
        }
      }
    }
    System.out.printf(
        "duplicate set: %d messages, %d same-problem pairs, %d hard negative pairs%n",
        messages.size(), positives, hardNegatives);
    System.out.println("threshold  precision  recall  false positives (hard)");
    double atDefaultPrecision = 0;
    double atDefaultRecall = 0;
    for (int step = 4; step <= 60; step += 2) {
      double threshold = step / 100.0;
      int truePositives = 0;
      int falsePositives = 0;
      int hardFalse = 0;
      for (Map.Entry<Long, Double> e : found.entrySet()) {
        if (e.getValue() < threshold) {
          continue;
        }
        Message a = messages.get((int) (e.getKey() >> 32));
        Message b = messages.get((int) (e.getKey() & 0xffffffffL));
        if (a.group().equals(b.group())) {
          truePositives++;
        } else {
          falsePositives++;
          if (a.district().equals(b.district()) && a.category().equals(b.category())) {
            hardFalse++;
          }
        }
      }
      double precision =
          truePositives + falsePositives == 0
              ? 1
              : truePositives / (double) (truePositives + falsePositives);
      double recall = truePositives / (double) positives;
      System.out.printf(
          "%9.2f  %9.3f  %6.3f  %d (%d)%n",
          threshold, precision, recall, falsePositives, hardFalse);
      if (Math.abs(threshold - SimilarCase.DUPLICATE_THRESHOLD) < 1e-9) {
        atDefaultPrecision = precision;
        atDefaultRecall = recall;
      }
    }
    System.out.printf(
        "at the default threshold %.2f: precision %.3f, recall %.3f%n",
        SimilarCase.DUPLICATE_THRESHOLD, atDefaultPrecision, atDefaultRecall);
    assertTrue(atDefaultPrecision >= 0.90, "precision " + atDefaultPrecision);
    assertTrue(atDefaultRecall >= 0.80, "recall " + atDefaultRecall);
  }

  private static long pair(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  private static List<Message> read() throws IOException {
    List<Message> messages = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                DuplicateSetTest.class.getResourceAsStream("/duplicates/duplicate-set.tsv"),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        messages.add(
            new Message(messages.size(), f[0], Channel.valueOf(f[1]), f[2], f[3], f[4], f[5]));
      }
    }
    return messages;
  }
}
