package se.folja.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The benchmark's baseline page, {@code /folja-demo/static/native-select.html}: a native {@code <select>} holding
 * exactly the demo catalogue's reasons, grouped by initiator, and accessible.
 */
@ExtendWith(DemoAssembly.Extension.class)
class NativeSelectPageIT {

    private static KarafProcess karaf;
    private static Chromium chromium;

    @BeforeAll
    static void browser(KarafProcess demo) throws Exception {
        karaf = demo;
        chromium = new Chromium();
    }

    @AfterAll
    static void quit() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void holdsTheDemoCataloguesReasonsGroupedByInitiator() throws Exception {
        // the demo catalogue as shipped, served by the same bundle: the reasons the component lists in the benchmark
        JsonNode catalogue = new ObjectMapper().readTree(karaf.raw("/folja-demo/static/reason-codes.json").body());
        List<String> client = new ArrayList<>();
        List<String> organisation = new ArrayList<>();
        for (JsonNode reason : catalogue) {
            (reason.path("initiator").asText().equals("CLIENT") ? client : organisation).add(reason.path("code").asText());
        }
        assertEquals(13, client.size() + organisation.size());

        chromium.driver().get(karaf.origin() + "/folja-demo/static/native-select.html");
        assertEquals(2, chromium.driver().findElements(By.cssSelector("#reasonCode optgroup")).size());
        assertEquals(client, values("Brukarens orsaker"));
        assertEquals(organisation, values("Verksamhetens orsaker"));
        Select select = new Select(chromium.driver().findElement(By.id("reasonCode")));
        assertEquals("", select.getFirstSelectedOption().getDomProperty("value"));
    }

    @Test
    void hasNoWcagViolations() {
        chromium.driver().get(karaf.origin() + "/folja-demo/static/native-select.html");
        Axe.assertNoViolations(chromium.driver(), "native-select.html");
    }

    private static List<String> values(String groupLabel) {
        WebElement group = chromium.driver().findElement(By.cssSelector("#reasonCode optgroup[label='" + groupLabel
                + "']"));
        return group.findElements(By.tagName("option")).stream().map(o -> o.getDomProperty("value")).toList();
    }
}
