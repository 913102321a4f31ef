package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

class PhotoUploadTests extends ProfileTestSupport {

    static final String SECRET = "GPS-53.7395N-2.0135W-SECRET";

    @Test
    void aJpegIsStoredWithoutItsExifCommentOrGpsAndScaledDown() throws Exception {
        TestAccount ella = account("Ella Worker", Role.WORKER);
        byte[] upload = Images.jpegWithMetadata(Images.picture(1200, 800), 1, SECRET);
        assertThat(Images.contains(upload, SECRET)).isTrue();
        assertThat(ImageIO.read(new ByteArrayInputStream(upload)))
                .as("the test file is a real JPEG")
                .isNotNull();

        upload(ella, "holiday.jpg", "image/jpeg", upload).andExpect(redirectedUrl("/profile"));

        byte[] stored = storedBytes(ella);
        assertThat(Images.contains(stored, SECRET)).isFalse();
        assertThat(Images.contains(stored, "Exif")).isFalse();
        assertThat(storedType(ella)).isEqualTo("image/jpeg");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(image.getWidth()).isEqualTo(600);
        assertThat(image.getHeight()).isEqualTo(400);
        assertThat(auditCount(ella.id(), "UPDATE", "allowed")).isEqualTo(1);
    }

    @Test
    void aPhoneJpegTaggedAsTurnedIsStoredUpright() throws Exception {
        TestAccount finn = account("Finn Worker", Role.WORKER);
        byte[] upload = Images.jpegWithMetadata(Images.picture(300, 200), 6, SECRET);

        upload(finn, "IMG_0001.JPG", "image/jpeg", upload).andExpect(redirectedUrl("/profile"));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(storedBytes(finn)));
        assertThat(image.getWidth()).isEqualTo(200);
        assertThat(image.getHeight()).isEqualTo(300);
    }

    @Test
    void aPngIsStoredAsPngWithoutItsTextChunks() throws Exception {
        TestAccount grace = account("Grace Worker", Role.WORKER);
        byte[] upload = Images.pngWithText(Images.picture(200, 200), SECRET);
        assertThat(ImageIO.read(new ByteArrayInputStream(upload))).isNotNull();

        upload(grace, "me.png", "image/png", upload).andExpect(redirectedUrl("/profile"));

        byte[] stored = storedBytes(grace);
        assertThat(storedType(grace)).isEqualTo("image/png");
        assertThat(Images.contains(stored, SECRET)).isFalse();
        assertThat(Images.contains(stored, "tEXt")).isFalse();
    }

    @Test
    void theTypeIsToldFromTheBytesNotTheNameOrDeclaredType() throws Exception {
        TestAccount hari = account("Hari Worker", Role.WORKER);

        upload(hari, "photo.jpg", "image/jpeg", "I am not a picture".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The selected file must be a JPEG or PNG")));
        upload(hari, "photo.jpg", "image/jpeg", Images.encode(Images.picture(50, 50), "gif"))
                .andExpect(content().string(containsString("The selected file must be a JPEG or PNG")));
        upload(hari, "photo.jpg", "image/jpeg", Images.encode(Images.picture(50, 50), "bmp"))
                .andExpect(content().string(containsString("The selected file must be a JPEG or PNG")));

        upload(hari, "photo.txt", "text/plain", Images.encode(Images.picture(50, 50), "png"))
                .andExpect(redirectedUrl("/profile"));
        assertThat(storedType(hari)).isEqualTo("image/png");
    }

    @Test
    void emptyTooBigBombAndBrokenUploadsAreRefusedEachWithItsOwnMessageAndTheOldPhotoStays() throws Exception {
        TestAccount dev = account("Dev Worker", Role.WORKER);
        upload(dev, "first.png", "image/png", Images.encode(Images.picture(100, 100), "png"))
                .andExpect(redirectedUrl("/profile"));
        byte[] first = storedBytes(dev);

        upload(dev, "", "application/octet-stream", new byte[0])
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select a photo")))
                .andExpect(content().string(containsString("href=\"#photo\"")));
        mvc.perform(multipart("/profile/photo").with(as(dev)).with(csrf()))
                .andExpect(content().string(containsString("Select a photo")));

        byte[] big = new byte[5 * 1024 * 1024 + 1];
        new Random(1).nextBytes(big);
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        upload(dev, "big.jpg", "image/jpeg", big)
                .andExpect(content().string(containsString("The selected file must be smaller than 5 MB")));

        upload(dev, "bomb.png", "image/png", Images.pngClaiming(20_000, 20_000))
                .andExpect(content().string(containsString("The selected photo has too many pixels")));

        byte[] jpeg = Images.encode(Images.picture(100, 100), "jpeg");
        byte[] broken = java.util.Arrays.copyOf(jpeg, 30);
        upload(dev, "broken.jpg", "image/jpeg", broken)
                .andExpect(content().string(containsString("The selected file could not be read")));

        assertThat(storedBytes(dev)).isEqualTo(first);
    }

    @Test
    void anUploadOverTheServersMultipartLimitGetsTheSameMessageNotAnErrorPage() throws Exception {
        TestAccount amy = account("Amy Worker", Role.WORKER);
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String base = "http://127.0.0.1:" + port;

        String token = csrfToken(browser.send(
                HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(), HttpResponse.BodyHandlers.ofString()));
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "_csrf=" + enc(token) + "&email=" + enc(amy.email()) + "&password=" + enc(PASSWORD)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));

        for (int size : new int[] {5 * 1024 * 1024 + 300 * 1024, 8 * 1024 * 1024}) {
            String formToken = csrfToken(browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/profile/photo")).build(),
                    HttpResponse.BodyHandlers.ofString()));
            String boundary = "----carecoop" + UUID.randomUUID();
            byte[] file = new byte[size];
            new Random(size).nextBytes(file);
            byte[] body = Images.concat(
                    ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + formToken + "\r\n"
                                    + "--" + boundary
                                    + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"huge.jpg\"\r\n"
                                    + "Content-Type: image/jpeg\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8),
                    file,
                    ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

            HttpResponse<String> uploaded = browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/profile/photo"))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .header("Accept", "text/html")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(uploaded.statusCode()).as("%d bytes", size).isIn(302, 303);
            String location = uploaded.headers().firstValue("Location").orElseThrow();
            assertThat(location).endsWith("/profile/photo?error=too-big");
            HttpResponse<String> page = browser.send(
                    HttpRequest.newBuilder(URI.create(location.startsWith("http") ? location : base + location))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("The selected file must be smaller than 5 MB");
        }
    }

    @Test
    void workersPhotosAreShownToEveryoneSignedInAndPeoplesPhotosOnlyToThoseWhoMaySeeTheirProfile() throws Exception {
        UUID ben = demoId("ben");
        UUID eric = demoId("eric");

        mvc.perform(get("/people/" + ben + "/photo").with(as(demo("linda"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", containsString("private")));

        mvc.perform(get("/people/" + eric + "/photo").with(as(demo("eric")))).andExpect(status().isOk());
        // Ben is in Eric's team, so he sees Eric's profile and photo; Grace, Linda and a co-ordinator
        // who has not broken the glass do not.
        mvc.perform(get("/people/" + eric + "/photo").with(as(demo("ben")))).andExpect(status().isOk());
        mvc.perform(get("/people/" + eric + "/photo").with(as(demo("grace")))).andExpect(status().isNotFound());
        mvc.perform(get("/people/" + eric + "/photo").with(as(demo("coordinator"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/people/" + eric + "/photo").with(as(demo("linda")))).andExpect(status().isNotFound());

        mvc.perform(get("/people/" + UUID.randomUUID() + "/photo").with(as(demo("coordinator"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/people/not-an-id/photo").with(as(demo("coordinator"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/people/" + ben + "/photo")).andExpect(status().is3xxRedirection());
    }

    private ResultActions upload(TestAccount account, String name, String type, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/profile/photo")
                .file(new MockMultipartFile("photo", name, type, bytes))
                .with(as(account))
                .with(csrf()));
    }

    private byte[] storedBytes(TestAccount account) {
        return jdbc.sql("select bytes from people.photo where account_id = ?")
                .param(account.id())
                .query(byte[].class)
                .single();
    }

    private String storedType(TestAccount account) {
        return jdbc.sql("select content_type from people.photo where account_id = ?")
                .param(account.id())
                .query(String.class)
                .single();
    }

    private static String csrfToken(HttpResponse<String> page) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(matcher.find()).as("a CSRF token on %s", page.uri()).isTrue();
        return matcher.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
