package fi.polku.indicator.dashboard;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.events.EventType;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestEvents;
import fi.polku.platform.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The dashboard in a real browser (headless Chromium): facts of 2035 driven through the real topics, and the numbers
 * the charts were drawn from and the table shows, suppressed for a manager and in full for an analyst, in three
 * languages. An area's name carries markup and a script end tag, so the page shows it only if it escapes it.
 */
@QuarkusTest
@PolkuTest
class DashboardTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String MANAGER = Tokens.bearer("maija", "manager");
    private static final String ANALYST = Tokens.bearer("aapo", "analyst");
    private static final String OULU = "Oulu";
    private static final String KAINUU = "Kainuu <b>&'</script>";
    private static final String LAPPI = "Lappi";
    private static final String TEAM = "Tiimi Oulu keskusta";
    private static final String RANGE = "from=2035-01&to=2035-03&period=month";

    private static boolean published;
    private static ChromeDriver browser;
    private static Path profile;

    @TestHTTPResource("/")
    URL root;

    private static void publish(EventType<?> type, UUID subject, Map<String, String> fields) {
        TestEvents.publish(type, UUID.randomUUID(), subject, Instant.now().toString(), TestEvents.sample(type, fields));
    }

    private static void referrals(String area, int count, String month) {
        for (int i = 0; i < count; i++) {
            UUID pathway = UUID.randomUUID();
            publish(
                    EventType.REFERRAL_RECEIVED,
                    pathway,
                    Map.of(
                            "referralId",
                            UUID.randomUUID().toString(),
                            "pathwayId",
                            pathway.toString(),
                            "requestedArea",
                            area,
                            "receivedAt",
                            month + "-1" + i + "T10:00:00Z"));
        }
    }

    /**
     * Referrals by area: January Oulu 8, Kainuu 3, Lappi 2 (a manager sees Oulu's 8 and the total 13, the other two
     * hidden together); February none; March Oulu 6, Kainuu 5. Six client teams in Oulu in February, assembled 1–6
     * days after their pathways opened: a median wait of 3.5 days, 90th percentile 5.5, against a target of 5 teams.
     */
    private static synchronized void dataSet() {
        if (published) {
            return;
        }
        published = true;
        referrals(OULU, 8, "2035-01");
        referrals(KAINUU, 3, "2035-01");
        referrals(LAPPI, 2, "2035-01");
        referrals(OULU, 6, "2035-03");
        referrals(KAINUU, 5, "2035-03");
        for (int wait = 1; wait <= 6; wait++) {
            UUID pathway = UUID.randomUUID();
            publish(
                    EventType.PATHWAY_OPENED,
                    pathway,
                    Map.of(
                            "pathwayId",
                            pathway.toString(),
                            "area",
                            OULU,
                            "team",
                            TEAM,
                            "openedAt",
                            "2035-02-01T09:00:00Z"));
            publish(
                    EventType.TEAM_ASSEMBLED,
                    pathway,
                    Map.of("pathwayId", pathway.toString(), "assembledAt", "2035-02-0" + (1 + wait) + "T09:00:00Z"));
        }
        given().header("Authorization", MANAGER)
                .contentType("application/json")
                .body("{\"value\": 5}")
                .when()
                .put("/api/v1/indicators/TEAM_CLIENTS/targets/2035-02")
                .then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> totals("REFERRALS_BY_SOURCE").equals(List.of(13, 0, 11))
                        && totals("TEAM_CLIENTS").equals(List.of(0, 6, 0))
                        && totals("TEAM_WAITING_DAYS").equals(List.of(0, 6, 0)));
    }

    /** How many facts each month of the range stands on, as an analyst reads them from the API. */
    private static List<Integer> totals(String code) {
        return given().header("Authorization", ANALYST)
                .queryParam("from", "2035-01")
                .queryParam("to", "2035-03")
                .when()
                .get("/api/v1/indicators/{code}", code)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("totals.n");
    }

    private static ChromeDriver browser() throws IOException {
        if (browser == null) {
            assertTrue(
                    Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                    "the dashboard's test needs "
                            + "Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                            + "): apt-get install "
                            + "chromium chromium-driver, as .ci/run does");
            profile = Files.createTempDirectory("dashboard-chromium");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM.toFile())
                    .addArguments(
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--window-size=1400,1800",
                            "--user-data-dir=" + profile);
            options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
            browser = new ChromeDriver(
                    new ChromeDriverService.Builder()
                            .usingDriverExecutable(CHROMEDRIVER.toFile())
                            .usingAnyFreePort()
                            .build(),
                    options);
            browser.executeCdpCommand("Network.enable", Map.of());
        }
        return browser;
    }

    @AfterAll
    static void closeTheBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
    }

    /** Opens the dashboard as the token's holder and waits until every chart is drawn. */
    private ChromeDriver open(String token, String query) throws IOException {
        dataSet();
        ChromeDriver chrome = browser();
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", token)));
        chrome.get(root + "dashboard?" + query);
        awaitCharts(chrome);
        return chrome;
    }

    private static void awaitCharts(ChromeDriver chrome) {
        await().atMost(Duration.ofSeconds(20)).until(() -> Boolean.TRUE.equals(chrome.executeScript("""
                return typeof Chart !== 'undefined' && [...document.querySelectorAll('canvas')]
                    .every(canvas => Chart.getChart(canvas) !== undefined)""")));
    }

    /** Each line a chart was drawn with: its label and its values, null for a gap. */
    private static List<?> lines(ChromeDriver chrome, String canvas) {
        return (List<?>) chrome.executeScript(
                "return Chart.getChart(arguments[0]).data.datasets" + ".map(d => [d.label, d.data])",
                chrome.findElement(By.id(canvas)));
    }

    private static List<Object> line(String label, Object... values) {
        return List.of(label, Arrays.asList(values));
    }

    /** The text of the table's cell for a period and a column, found by their headers. */
    private static String cell(ChromeDriver chrome, String code, String period, String column) {
        WebElement table = chrome.findElement(By.id("table-" + code));
        List<String> columns = table.findElements(By.cssSelector("thead th")).stream()
                .map(WebElement::getText)
                .toList();
        assertTrue(columns.contains(column), column + " is not a column of " + code + ": " + columns);
        WebElement row = table.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals(period))
                .findFirst()
                .orElseThrow();
        return row.findElements(By.cssSelector("th, td"))
                .get(columns.indexOf(column))
                .getText();
    }

    private static String text(ChromeDriver chrome, String css) {
        return chrome.findElement(By.cssSelector(css)).getText();
    }

    @Test
    void aManagerSeesSmallFiguresAsGapsAndLessThanFive() throws IOException {
        ChromeDriver chrome = open(MANAGER, RANGE);
        assertEquals(List.of(line("Yhteensä", 13L, 0L, 11L)), lines(chrome, "time-REFERRALS_BY_SOURCE"));
        assertEquals(
                List.of(line(KAINUU, null, 0L, 5L), line(LAPPI, null, 0L, 0L), line(OULU, 8L, 0L, 6L)),
                lines(chrome, "area-REFERRALS_BY_SOURCE"),
                "January's 3 and 2 are gaps, not zeros");
        assertEquals("<5", cell(chrome, "REFERRALS_BY_SOURCE", "2035-01", "Alue: " + KAINUU));
        assertEquals("<5", cell(chrome, "REFERRALS_BY_SOURCE", "2035-01", "Alue: " + LAPPI));
        assertEquals("8", cell(chrome, "REFERRALS_BY_SOURCE", "2035-01", "Alue: " + OULU));
        assertEquals("13", cell(chrome, "REFERRALS_BY_SOURCE", "2035-01", "Yhteensä"));
        assertEquals("5", cell(chrome, "REFERRALS_BY_SOURCE", "2035-03", "Alue: " + KAINUU));
        assertEquals(
                List.of(line("Yhteensä", 0L, 6L, 0L), line("Tavoite", null, 5L, null)),
                lines(chrome, "time-TEAM_CLIENTS"));
        assertEquals("5", cell(chrome, "TEAM_CLIENTS", "2035-02", "Tavoite"));
        assertEquals(
                List.of(line("Yhteensä", null, 3.5, null), line("90. persentiili", null, 5.5, null)),
                lines(chrome, "time-TEAM_WAITING_DAYS"),
                "a month without waits has no median");
        assertEquals("3,5", cell(chrome, "TEAM_WAITING_DAYS", "2035-02", "Yhteensä"));
        assertEquals("5,5", cell(chrome, "TEAM_WAITING_DAYS", "2035-02", "90. persentiili"));
        assertEquals("Ohjautuneet asiakkaat lähteittäin", text(chrome, "#panel-REFERRALS_BY_SOURCE h2"));
        assertEquals(
                Dashboard.KEY_INDICATORS.size(),
                chrome.findElements(By.cssSelector("section.panel")).size());
        assertTrue(text(chrome, "#suppression").startsWith("Alle viiden"));

        List<LogEntry> refused = chrome.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getMessage().contains("Content Security Policy"))
                .toList();
        assertEquals(List.of(), refused, "the page loads nothing its policy refuses");
        Files.write(Path.of("target", "dashboard.png"), chrome.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void anAnalystSeesEveryFigure() throws IOException {
        ChromeDriver chrome = open(ANALYST, RANGE);
        assertEquals(
                List.of(line(KAINUU, 3L, 0L, 5L), line(LAPPI, 2L, 0L, 0L), line(OULU, 8L, 0L, 6L)),
                lines(chrome, "area-REFERRALS_BY_SOURCE"));
        assertEquals("3", cell(chrome, "REFERRALS_BY_SOURCE", "2035-01", "Alue: " + KAINUU));
        assertEquals("2", cell(chrome, "REFERRALS_BY_SOURCE", "2035-01", "Alue: " + LAPPI));
        assertTrue(text(chrome, "#suppression").startsWith("Kaikki luvut"));
    }

    @Test
    void theLanguageLinksKeepTheFilterAndChangeEveryLabel() throws IOException {
        ChromeDriver chrome = open(MANAGER, RANGE + "&area=" + OULU);
        chrome.findElement(By.cssSelector("nav.languages a[lang=sv]")).click();
        awaitCharts(chrome);
        assertTrue(
                chrome.getCurrentUrl().contains("from=2035-01&to=2035-03&period=month&area=Oulu&lang=sv"),
                chrome.getCurrentUrl());
        assertEquals("Hänvisade klienter per källa", text(chrome, "#panel-REFERRALS_BY_SOURCE h2"));
        assertEquals("Ledningens lägesbild: stöd för arbetsförmåga", text(chrome, "h1"));
        assertEquals("<5", cell(chrome, "REFERRALS_BY_SOURCE", "2035-01", "Område: " + KAINUU));
        assertEquals("3,5", cell(chrome, "TEAM_WAITING_DAYS", "2035-02", OULU));

        chrome.findElement(By.cssSelector("nav.languages a[lang=en]")).click();
        awaitCharts(chrome);
        assertEquals("Referrals by source", text(chrome, "#panel-REFERRALS_BY_SOURCE h2"));
        assertEquals("3.5", cell(chrome, "TEAM_WAITING_DAYS", "2035-02", OULU));
        assertEquals(
                List.of(line(OULU, null, 3.5, null), line("90th percentile", null, 5.5, null)),
                lines(chrome, "time-TEAM_WAITING_DAYS"));
    }

    @Test
    void anAreaOrATeamLimitsTheSeriesOverTime() throws IOException {
        ChromeDriver chrome = open(MANAGER, RANGE + "&area=" + OULU);
        assertEquals(List.of(line(OULU, 8L, 0L, 6L)), lines(chrome, "time-REFERRALS_BY_SOURCE"));
        assertEquals("8", cell(chrome, "REFERRALS_BY_SOURCE", "2035-01", OULU));

        chrome = open(MANAGER, "from=2035-02&to=2035-02&team=" + TEAM.replace(" ", "+"));
        assertEquals(
                List.of(line(TEAM, 6L)),
                lines(chrome, "time-TEAM_CLIENTS"),
                "the target is the whole county's, not beside one team's figures");
        assertEquals(
                List.of(TEAM),
                chrome.findElements(By.cssSelector("select[name=team] option[selected]")).stream()
                        .map(WebElement::getText)
                        .toList());
    }

    @Test
    void aQuarterWidensTheRangeToWholeQuarters() throws IOException {
        ChromeDriver chrome = open(ANALYST, "from=2035-02&to=2035-02&period=quarter");
        assertEquals(List.of(line("Yhteensä", 24L)), lines(chrome, "time-REFERRALS_BY_SOURCE"));
        assertEquals("2035-01", chrome.findElement(By.name("from")).getDomProperty("value"));
        assertEquals("2035-03", chrome.findElement(By.name("to")).getDomProperty("value"));
    }

    @Test
    void theCsvLinkDownloadsTheFiguresAsTheTableShowsThem() throws IOException {
        ChromeDriver chrome = open(MANAGER, RANGE);
        String href = chrome.findElement(By.cssSelector("#panel-REFERRALS_BY_SOURCE a.csv"))
                .getDomAttribute("href");
        assertEquals("/dashboard/REFERRALS_BY_SOURCE.csv?" + RANGE, href);
        String csv = given().header("Authorization", MANAGER)
                .when()
                .get(href)
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"REFERRALS_BY_SOURCE.csv\"")
                .extract()
                .asString();
        assertEquals("""
                period,group,value,p90,n
                2035-01,"Kainuu <b>&'</script>",<5,,
                2035-01,Lappi,<5,,
                2035-01,Oulu,8,,8
                2035-02,"Kainuu <b>&'</script>",0,,0
                2035-02,Lappi,0,,0
                2035-02,Oulu,0,,0
                2035-03,"Kainuu <b>&'</script>",5,,5
                2035-03,Lappi,0,,0
                2035-03,Oulu,6,,6
                2035-01,TOTAL,13,,13
                2035-02,TOTAL,0,,0
                2035-03,TOTAL,11,,11
                """, csv);
    }

    @Test
    void thePageAndItsDownloadNeedTheRoleAndRunOnlyTheirOwnScripts() {
        given().when().get("/dashboard").then().statusCode(401);
        given().when().get("/dashboard/TEAM_CLIENTS.csv").then().statusCode(401);
        given().header("Authorization", Tokens.bearer("tiina", "team-member"))
                .when()
                .get("/dashboard")
                .then()
                .statusCode(403);
        given().header("Authorization", MANAGER)
                .queryParam("lang", "de")
                .when()
                .get("/dashboard")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().header("Authorization", MANAGER)
                .when()
                .get("/dashboard")
                .then()
                .statusCode(200)
                .contentType("text/html")
                .header(
                        "Content-Security-Policy",
                        "default-src 'none'; script-src 'self'; style-src 'self'; "
                                + "img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
                .header("Cache-Control", "no-store");
        given().when().get("/webjars/chart.js/dist/chart.umd.min.js").then().statusCode(200);
        given().when().get("/assets/dashboard.js").then().statusCode(200);
    }
}
