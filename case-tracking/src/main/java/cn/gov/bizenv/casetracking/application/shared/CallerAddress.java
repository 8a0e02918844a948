package cn.gov.bizenv.casetracking.application.shared;

import jakarta.enterprise.context.RequestScoped;

/**
 * The client address of the current request, as the web layer determined it (through trusted
 * proxies), for the audit log. Empty outside a request (timers).
 */
@RequestScoped
public class CallerAddress {
  private String address;

  public String get() {
    return address;
  }

  public void set(String address) {
    this.address = address;
  }
}
