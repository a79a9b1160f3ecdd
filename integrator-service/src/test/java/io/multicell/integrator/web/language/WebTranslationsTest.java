package io.multicell.integrator.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.multicell.integrator.web.WebMessages;
import io.multicell.integrator.web.form.FieldTexts;
import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every English text of the web configurator has a German one: a new WebMessages method or fields.properties key
 * without a German text fails here, with its key named. Placeholders ({minutes}, {0}) must be kept.
 */
class WebTranslationsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z0-9]+}");

    @Test
    void everyWebMessageHasAGermanTextWithTheSamePlaceholders() throws IOException {
        Properties german = load("messages/msg_de.properties");
        List<String> missing = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        Arrays.stream(WebMessages.class.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Message.class)).forEach(m -> {
            String text = german.getProperty(m.getName());
            if (text == null || text.isBlank()) {
                missing.add(m.getName());
            } else if (!placeholdersOf(m.getAnnotation(Message.class).value()).equals(placeholdersOf(text))) {
                placeholders.add(m.getName());
            }
        });
        assertThat(missing).as("WebMessages without a German text in messages/msg_de.properties").isEmpty();
        assertThat(placeholders).as("German texts that lose or add a placeholder").isEmpty();
        Set<String> methods = new TreeSet<>(Arrays.stream(WebMessages.class.getDeclaredMethods()).map(m -> m.getName()).toList());
        assertThat(new TreeSet<>(german.stringPropertyNames())).as("German texts of no WebMessages method")
                .isSubsetOf(methods);
    }

    @Test
    void everyFieldTextHasAGermanText() throws IOException {
        Properties english = load("web/fields.properties");
        Properties german = load("web/fields_de.properties");
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(german.stringPropertyNames());
        assertThat(missing).as("fields.properties keys without a text in fields_de.properties").isEmpty();
        Set<String> stale = new TreeSet<>(german.stringPropertyNames());
        stale.removeAll(english.stringPropertyNames());
        assertThat(stale).as("fields_de.properties keys that fields.properties no longer has").isEmpty();
        assertThat(german.stringPropertyNames()).allSatisfy(k -> assertThat(german.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void fieldTextsReadTheGermanBundleAsUtf8AndFallBackToEnglish() {
        FieldTexts german = FieldTexts.in(Language.GERMAN);
        assertThat(german.text("audio.title")).isEqualTo("Audioqualität");
        assertThat(german.text("voip.sipPort")).isEqualTo("SIP-Port");
        assertThat(FieldTexts.english().text("voip.sipPort")).isEqualTo("SIP port");
        assertThat(german.keys()).containsAll(FieldTexts.english().keys());
    }

    @Test
    void everyRulePatternHasAGermanTextAndTheRulesShownOnPagesAreTranslated() throws IOException {
        Properties rules = load("web/rules_de.properties");
        rules.stringPropertyNames().stream().filter(k -> k.endsWith(".en")).forEach(k -> {
            String de = rules.getProperty(k.substring(0, k.length() - 3) + ".de");
            assertThat(de).as(k + " has no .de").isNotBlank();
            assertThat(placeholdersOf(de)).as(k).isEqualTo(placeholdersOf(rules.getProperty(k)));
        });
        RuleTexts german = RuleTexts.in(Language.GERMAN);
        assertThat(german.translate("must be 1..65535")).isEqualTo("muss 1..65535 sein");
        assertThat(german.translate("must be 90..9999 seconds (max. 4 digits, min. 90)"))
                .isEqualTo("muss 90..9999 Sekunden betragen (max. 4 Ziffern, min. 90)");
        assertThat(german.translate("must be a whole number")).isEqualTo("muss eine ganze Zahl sein");
        assertThat(german.translate("must be at most 74 characters")).isEqualTo("darf höchstens 74 Zeichen lang sein");
        assertThat(german.translate("is required")).isEqualTo("ist erforderlich");
        assertThat(german.translate("a rule no pattern knows")).as("shown in English").isEqualTo("a rule no pattern knows");
        assertThat(RuleTexts.in(Language.ENGLISH).translate("must be 1..65535")).isEqualTo("must be 1..65535");
    }

    @Test
    void theBrowsersAcceptLanguageChoosesUnlessTheCookieSaysOtherwise() {
        assertThat(Language.negotiate("de-DE,de;q=0.9,en;q=0.8")).isEqualTo(Language.GERMAN);
        assertThat(Language.negotiate("fr-FR,de;q=0.5,en;q=0.8")).isEqualTo(Language.ENGLISH);
        assertThat(Language.negotiate("fr-FR")).isEqualTo(Language.ENGLISH);
        assertThat(Language.negotiate(null)).isEqualTo(Language.ENGLISH);
        assertThat(Language.negotiate(";;;q=x")).as("a broken header").isEqualTo(Language.ENGLISH);
        assertThat(LanguageChoice.of("en", "de-DE")).isEqualTo(Language.ENGLISH);
        assertThat(LanguageChoice.of("xx", "de-DE")).isEqualTo(Language.GERMAN);
        assertThat(LanguagePage.localPath("//evil.example/")).isEqualTo("/login");
        assertThat(LanguagePage.localPath("https://evil.example/")).isEqualTo("/login");
        assertThat(LanguagePage.localPath("/settings/telephony/voip")).isEqualTo("/settings/telephony/voip");
    }

    private static Set<String> placeholdersOf(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WebTranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
