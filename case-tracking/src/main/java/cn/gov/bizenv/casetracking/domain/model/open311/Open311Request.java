package cn.gov.bizenv.casetracking.domain.model.open311;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a request filed through Open311 adds to its case: where it is, which client filed it, the
 * service (category) asked for and the requester's contact data, which the API never returns.
 */
@Entity
@Table(name = "open311_request")
public class Open311Request {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "open311_request_seq")
  @SequenceGenerator(
      name = "open311_request_seq",
      sequenceName = "open311_request_seq",
      allocationSize = 50)
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "case_id", nullable = false, unique = true)
  private CaseFile caseFile;

  @Column(name = "api_key_id", nullable = false)
  private long apiKeyId;

  @Column(name = "service_code", nullable = false, length = 20)
  private String serviceCode;

  @Column(name = "address_string", length = 300)
  private String addressString;

  @Column(precision = 10, scale = 7)
  private BigDecimal lat;

  @Column(name = "lng", precision = 10, scale = 7)
  private BigDecimal lng;

  @Column(length = 200)
  private String email;

  @Column(name = "requester_name", length = 100)
  private String requesterName;

  @Column(length = 30)
  private String phone;

  @Column(name = "media_url", length = 500)
  private String mediaUrl;

  protected Open311Request() {}

  public Open311Request(
      CaseFile caseFile,
      long apiKeyId,
      String serviceCode,
      String addressString,
      BigDecimal lat,
      BigDecimal lng,
      String email,
      String requesterName,
      String phone,
      String mediaUrl) {
    this.caseFile = Objects.requireNonNull(caseFile, "caseFile");
    this.apiKeyId = apiKeyId;
    this.serviceCode = Objects.requireNonNull(serviceCode, "serviceCode");
    if (addressString == null && (lat == null || lng == null)) {
      throw new IllegalArgumentException("a request needs an address or a position");
    }
    this.addressString = addressString;
    this.lat = lat;
    this.lng = lng;
    this.email = email;
    this.requesterName = requesterName;
    this.phone = phone;
    this.mediaUrl = mediaUrl;
  }

  public Long getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public long getApiKeyId() {
    return apiKeyId;
  }

  public String getServiceCode() {
    return serviceCode;
  }

  public String getAddressString() {
    return addressString;
  }

  public BigDecimal getLat() {
    return lat;
  }

  public BigDecimal getLng() {
    return lng;
  }

  public String getMediaUrl() {
    return mediaUrl;
  }
}
