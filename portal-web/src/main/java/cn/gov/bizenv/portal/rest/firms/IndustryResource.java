package cn.gov.bizenv.portal.rest.firms;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.chiefservice.application.firms.FirmRegister;
import cn.gov.bizenv.chiefservice.application.firms.IndustryView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The industry classification firms and policies are filed under. */
@Path("industries")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ADMINISTRATOR, LEADER, CHIEF_SERVICE_OFFICER})
public class IndustryResource {
  @Inject FirmRegister firms;

  @GET
  public List<IndustryView> list() {
    return firms.industries();
  }
}
