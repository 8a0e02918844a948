package cn.gov.bizenv.casetracking.domain.model.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {
  @Test
  void masksAMobileNumberButItsFirstThreeAndLastFourDigits() {
    assertEquals("138****5678", PersonalDataMask.mobile("13812345678"));
  }

  @Test
  void masksAnIdentityNumberButItsFirstAndLastFour() {
    assertEquals("4101**********1234", PersonalDataMask.idNumber("410105199001011234"));
    assertNull(PersonalDataMask.idNumber(null));
  }

  @Test
  void keepsTheFamilyName() {
    assertEquals("张**", PersonalDataMask.name("张三丰"));
    assertEquals("李*", PersonalDataMask.name("李四"));
  }

  @Test
  void masksNumbersTypedInsideText() {
    assertEquals(
        "请联系138****5678或039*****4567，身份证4101**********123X。",
        PersonalDataMask.text("请联系13812345678或0391-1234567，身份证41010519900101123X。"));
  }

  @Test
  void leavesOtherNumbersAlone() {
    String text = "2026年3月办理了12345号营业执照，金额100000元，订单号123812345678901。";
    assertEquals(text, PersonalDataMask.text(text));
  }

  @Test
  void masksTheWritersNameWhereverItAppears() {
    assertEquals("我是王**，王**的店铺。", PersonalDataMask.text("我是王小明，王小明的店铺。", "王小明"));
  }
}
