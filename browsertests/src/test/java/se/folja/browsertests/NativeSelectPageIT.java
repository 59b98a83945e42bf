package se.folja.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The dropdown benchmark's baseline page, {@code /folja-demo/static/native-select.html}: a native {@code <select>}
 * holding exactly the demo catalogue's reasons, grouped by initiator as the picker groups them, and accessible.
 */
class NativeSelectPageIT extends BrowserTest {

    static final String NATIVE_SELECT = "/folja-demo/static/native-select.html";

    @Test
    void holdsTheDemoCataloguesReasonsGroupedByInitiator() throws Exception {
        // the demo catalogue as shipped, served by the same bundle: the reasons the picker lists in the benchmark
        JsonNode catalogue = new ObjectMapper().readTree(karaf.raw("/folja-demo/static/reason-codes.json").body());
        List<String> client = new ArrayList<>();
        List<String> organisation = new ArrayList<>();
        for (JsonNode reason : catalogue) {
            (reason.path("initiator").asText().equals("CLIENT") ? client : organisation).add(reason.path("code").asText());
        }
        assertEquals(13, client.size() + organisation.size());

        open(NATIVE_SELECT);
        assertEquals(2, driver.findElements(By.cssSelector("#reasonCode optgroup")).size());
        assertEquals(client, values("Brukarens orsaker"));
        assertEquals(organisation, values("Verksamhetens orsaker"));
        Select select = new Select(driver.findElement(By.id("reasonCode")));
        assertEquals("", select.getFirstSelectedOption().getDomProperty("value"));
    }

    @Test
    void hasNoWcagViolations() {
        open(NATIVE_SELECT);
        Axe.assertNoViolations(driver, "native-select.html");
    }

    private List<String> values(String groupLabel) {
        WebElement group = driver.findElement(By.cssSelector("#reasonCode optgroup[label='" + groupLabel + "']"));
        return group.findElements(By.tagName("option")).stream().map(o -> o.getDomProperty("value")).toList();
    }
}
