package cn.gov.bizenv.portal.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordPropertyResolverTest {
  record Unit(String name, boolean active) {}

  final RecordPropertyResolver resolver = new RecordPropertyResolver();

  @Test
  void readsRecordComponentsAndMarksThemResolved() {
    ELContext context = new TestContext();
    assertEquals("华龙区", resolver.getValue(context, new Unit("华龙区", true), "name"));
    assertTrue(context.isPropertyResolved());
  }

  @Test
  void leavesOtherObjectsAndUnknownNamesToOtherResolvers() {
    ELContext context = new TestContext();
    assertNull(resolver.getValue(context, "text", "length"));
    assertNull(resolver.getValue(context, new Unit("x", true), "nothing"));
    assertFalse(context.isPropertyResolved());
  }

  @Test
  void recordsAreReadOnly() {
    ELContext context = new TestContext();
    assertTrue(resolver.isReadOnly(context, new Unit("x", true), "name"));
    assertThrows(
        PropertyNotWritableException.class,
        () -> resolver.setValue(context, new Unit("x", true), "name", "y"));
  }

  static final class TestContext extends ELContext {
    @Override
    public ELResolver getELResolver() {
      return null;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  }
}
