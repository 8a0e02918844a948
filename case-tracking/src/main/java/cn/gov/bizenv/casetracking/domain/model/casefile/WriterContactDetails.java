package cn.gov.bizenv.casetracking.domain.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/**
 * The writer's contact data as staff recorded it: personal data, masked for all but the office.
 * {@link IntakeDetails} checks it; blank parts stay empty.
 */
@Embeddable
public class WriterContactDetails {
  /** Nothing recorded. */
  static final WriterContactDetails NONE = new WriterContactDetails();

  @Column(name = "writer_name", length = IntakeDetails.WRITER_NAME_MAX)
  private String name;

  @Column(name = "writer_phone", length = IntakeDetails.PHONE_MAX)
  private String phone;

  @Column(name = "writer_id_number", length = 18)
  private String idNumber;

  protected WriterContactDetails() {}

  static WriterContactDetails of(String name, String phone, String idNumber) {
    WriterContactDetails writer = new WriterContactDetails();
    writer.name = IntakeDetails.text(name);
    writer.phone = IntakeDetails.text(phone);
    writer.idNumber =
        idNumber == null || idNumber.isBlank() ? null : idNumber.strip().toUpperCase(Locale.ROOT);
    return writer;
  }

  public String getName() {
    return name;
  }

  public String getPhone() {
    return phone;
  }

  public String getIdNumber() {
    return idNumber;
  }
}
