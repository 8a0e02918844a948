package cn.gov.bizenv.portal.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every black-box test of the deployed portal starts from: the built portal.war on the
 * database its failsafe execution chose, deployed once per test class, and its address.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class PortalIT {
  /** The address Arquillian reports for the deployment. */
  @ArquillianResource protected URL deployed;

  @Deployment(testable = false)
  public static WebArchive deployment() {
    PortalDeployment.database();
    return PortalDeployment.builtWar();
  }

  /** The deployment's address on loopback, once the portal answers there. */
  protected URL onLoopback() {
    return PortalDeployment.onLoopback(deployed);
  }

  /** A client signed in as the demo account. */
  protected ApiClient apiAs(String username) {
    return ApiClient.as(onLoopback(), username, DemoAccounts.PASSWORD);
  }
}
