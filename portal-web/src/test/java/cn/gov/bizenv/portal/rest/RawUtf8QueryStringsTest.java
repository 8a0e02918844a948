package cn.gov.bizenv.portal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawUtf8QueryStringsTest {
  @Test
  void rawUtf8BytesReadAsLatin1AreTurnedBackIntoPercentEncodedUtf8() {
    String asTheListenerGivesIt =
        new String("q=营业执照&limit=5".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    assertEquals(
        "q=" + URLEncoder.encode("营业执照", StandardCharsets.UTF_8) + "&limit=5",
        RawUtf8QueryStrings.asAscii(asTheListenerGivesIt));
  }

  @Test
  void alreadyDecodedCharactersArePercentEncoded() {
    assertEquals("q=%E8%B7%AF%E7%81%AF", RawUtf8QueryStrings.asAscii("q=路灯"));
  }

  @Test
  void percentEncodedAndAsciiQueriesPassUnchanged() {
    assertEquals("q=%E8%B7%AF&x=1", RawUtf8QueryStrings.asAscii("q=%E8%B7%AF&x=1"));
    assertNull(RawUtf8QueryStrings.asAscii(null));
  }

  @Test
  void latin1ThatIsNotUtf8IsKeptAsItsCharacters() {
    // "é" alone (0xE9) is no UTF-8 sequence: it was meant as é.
    assertEquals("q=caf%C3%A9", RawUtf8QueryStrings.asAscii("q=caf\u00e9"));
  }
}
