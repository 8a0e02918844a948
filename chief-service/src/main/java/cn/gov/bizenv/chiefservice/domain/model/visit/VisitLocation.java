package cn.gov.bizenv.chiefservice.domain.model.visit;

import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Where the officer checked in (走访定位), as the browser's location service reported it: WGS 84
 * degrees to six places (about 0.1 m) and the radius of its accuracy in metres.
 */
@Embeddable
public class VisitLocation {
  /** Beyond this the reading says little more than the district: it is refused as a check-in. */
  public static final int ACCURACY_MAX_METRES = 5_000;

  @Column(precision = 9, scale = 6)
  private BigDecimal latitude;

  @Column(precision = 9, scale = 6)
  private BigDecimal longitude;

  @Column(name = "location_accuracy_m")
  private Integer accuracyMetres;

  @Column(name = "located_at")
  private LocalDateTime locatedAt;

  protected VisitLocation() {}

  public VisitLocation(
      double latitude, double longitude, int accuracyMetres, LocalDateTime locatedAt) {
    if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
      throw InvalidInputException.of("location.latitude", "visit.location.latitude");
    }
    if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
      throw InvalidInputException.of("location.longitude", "visit.location.longitude");
    }
    if (accuracyMetres < 0 || accuracyMetres > ACCURACY_MAX_METRES) {
      throw InvalidInputException.of("location.accuracyMetres", "visit.location.accuracy");
    }
    this.latitude = BigDecimal.valueOf(latitude).setScale(6, RoundingMode.HALF_UP);
    this.longitude = BigDecimal.valueOf(longitude).setScale(6, RoundingMode.HALF_UP);
    this.accuracyMetres = accuracyMetres;
    this.locatedAt = Objects.requireNonNull(locatedAt, "locatedAt");
  }

  /** An embedded value read back with every column empty: no check-in. */
  public boolean isRecorded() {
    return latitude != null && longitude != null;
  }

  public BigDecimal getLatitude() {
    return latitude;
  }

  public BigDecimal getLongitude() {
    return longitude;
  }

  public Integer getAccuracyMetres() {
    return accuracyMetres;
  }

  public LocalDateTime getLocatedAt() {
    return locatedAt;
  }
}
