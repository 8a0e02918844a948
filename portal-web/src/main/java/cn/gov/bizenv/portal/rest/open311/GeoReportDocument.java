package cn.gov.bizenv.portal.rest.open311;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One GeoReport answer, written as JSON or XML from the same tree: maps are objects (elements with
 * child elements), {@link Repeated} lists are arrays in JSON and repeated elements named after
 * their item in XML, as the GeoReport v2 examples show them ({@code <services><service>…}).
 */
public final class GeoReportDocument {
  /** A list whose XML items are elements called {@code element}. */
  public record Repeated(String element, List<?> items) {}

  private final String root;
  private final Object body;

  /**
   * @param root the XML root element ({@code services}, {@code service_requests}, {@code errors})
   * @param body a map or a {@link Repeated}
   */
  public GeoReportDocument(String root, Object body) {
    this.root = root;
    this.body = body;
  }

  public String json() {
    if (body instanceof Repeated repeated) {
      return array(repeated).build().toString();
    }
    return object(asMap(body)).build().toString();
  }

  public String xml() {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      element(xml, root, body);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException impossible) {
      throw new IllegalStateException("writing XML to a string failed", impossible);
    }
    return out.toString();
  }

  private static void element(XMLStreamWriter xml, String name, Object value)
      throws XMLStreamException {
    if (value == null) {
      xml.writeEmptyElement(name);
      return;
    }
    xml.writeStartElement(name);
    if (value instanceof Repeated repeated) {
      for (Object item : repeated.items()) {
        element(xml, repeated.element(), item);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> field : map.entrySet()) {
        element(xml, field.getKey().toString(), field.getValue());
      }
    } else {
      xml.writeCharacters(value.toString());
    }
    xml.writeEndElement();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    return (Map<String, Object>) value;
  }

  private static JsonObjectBuilder object(Map<String, Object> map) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    map.forEach(
        (name, value) -> {
          if (value == null) {
            object.addNull(name);
          } else if (value instanceof Repeated repeated) {
            object.add(name, array(repeated));
          } else if (value instanceof Map<?, ?> nested) {
            object.add(name, object(asMap(nested)));
          } else if (value instanceof Boolean flag) {
            object.add(name, flag);
          } else if (value instanceof Integer number) {
            object.add(name, number);
          } else if (value instanceof Long number) {
            object.add(name, number);
          } else if (value instanceof BigDecimal number) {
            object.add(name, number);
          } else {
            object.add(name, value.toString());
          }
        });
    return object;
  }

  private static JsonArrayBuilder array(Repeated repeated) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Object item : repeated.items()) {
      if (item instanceof Map<?, ?> map) {
        array.add(object(asMap(map)));
      } else if (item == null) {
        array.addNull();
      } else {
        array.add(item.toString());
      }
    }
    return array;
  }
}
