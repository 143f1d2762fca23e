package se.familycentre.support;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The surefire executions of the project's pom.xml, for the tests that hold the pom to the code. */
public final class PomExecutions {

  private PomExecutions() {
  }

  /** The {@code <execution>} with this id, or null. */
  public static Element byId(String id) throws Exception {
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    NodeList executions = pom.getElementsByTagName("execution");
    for (int i = 0; i < executions.getLength(); i++) {
      Element execution = (Element) executions.item(i);
      if (id.equals(execution.getElementsByTagName("id").item(0).getTextContent().trim())) {
        return execution;
      }
    }
    return null;
  }
}
