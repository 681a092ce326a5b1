package vn.tdkt.localstack.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.localstack.SystemLauncher;

/**
 * docker-compose's Keycloak realm (deploy/keycloak/tdkt-realm.json) must issue tokens like the local auth
 * server: the same users with the same roles, units and names, and the contract's claims.
 */
class KeycloakRealmTest {

    private static final List<String> CONTRACT_ROLES = List.of("ADMINISTRATOR", "EMULATION_OFFICER",
            "COUNCIL_SECRETARY", "COUNCIL_MEMBER", "UNIT_LEADER", "CONGRESS_ORGANISER", "OPERATOR");

    private final JsonNode realm = read();

    @Test
    void theSameDemoUsersWithTheirRolesUnitsNamesAndThePasswordDemo() {
        List<JsonNode> users = list(realm.path("users"));
        assertThat(users).extracting(u -> u.path("username").asString())
                .containsExactlyElementsOf(DemoUsers.all().stream().map(DemoUser::username).toList());
        for (DemoUser demo : DemoUsers.all()) {
            JsonNode user = users.stream().filter(u -> u.path("username").asString().equals(demo.username())).findFirst().orElseThrow();
            // Keycloak's sub is the user id; the contract wants the user name there
            assertThat(user.path("id").asString()).isEqualTo(demo.username());
            assertThat(user.path("enabled").asBoolean()).isTrue();
            assertThat(list(user.path("realmRoles"))).extracting(JsonNode::asString).containsExactlyElementsOf(demo.roles());
            // the profile scope's full name is "firstName lastName"
            assertThat(user.path("firstName").asString() + " " + user.path("lastName").asString()).isEqualTo(demo.name());
            assertThat(list(user.path("attributes").path("unit"))).extracting(JsonNode::asString)
                    .containsExactlyElementsOf(demo.unit().stream().toList());
            assertThat(list(user.path("credentials"))).singleElement().satisfies(c -> {
                assertThat(c.path("type").asString()).isEqualTo("password");
                // Keycloak fills in the environment variable on import: no password in the repository.
                assertThat(c.path("value").asString()).isEqualTo("${TDKT_DEMO_PASSWORD}");
                assertThat(c.path("temporary").asBoolean(true)).isFalse();
            });
            // a missing email would send the user to "update your profile" instead of back with a code
            assertThat(user.path("email").asString()).isNotBlank();
        }
    }

    @Test
    void realmRolesAreTheContractsAndTokensLiveThirtyMinutes() {
        assertThat(realm.path("realm").asString()).isEqualTo("tdkt");
        assertThat(list(realm.path("roles").path("realm"))).extracting(r -> r.path("name").asString())
                .containsExactlyElementsOf(CONTRACT_ROLES);
        assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(1800);
    }

    @Test
    void tdktCliIsAPublicPkceClientWhoseTokensCarryRolesUnitAndTheApiAudience() {
        JsonNode client = list(realm.path("clients")).stream()
                .filter(c -> c.path("clientId").asString().equals(DemoTokens.CLIENT_ID)).findFirst().orElseThrow();
        assertThat(client.path("publicClient").asBoolean()).isTrue();
        assertThat(client.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).isFalse();
        assertThat(client.path("implicitFlowEnabled").asBoolean(true)).isFalse();
        assertThat(client.path("consentRequired").asBoolean(true)).isFalse();
        assertThat(list(client.path("redirectUris"))).extracting(JsonNode::asString).containsExactly(DemoTokens.REDIRECT_URI);
        assertThat(client.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");

        List<JsonNode> mappers = list(client.path("protocolMappers"));
        assertThat(mappers).anySatisfy(m -> {
            assertThat(m.path("protocolMapper").asString()).isEqualTo("oidc-usermodel-attribute-mapper");
            assertThat(m.path("config").path("user.attribute").asString()).isEqualTo("unit");
            assertThat(m.path("config").path("claim.name").asString()).isEqualTo("unit");
            assertThat(m.path("config").path("access.token.claim").asString()).isEqualTo("true");
        });
        assertThat(mappers).anySatisfy(m -> {
            assertThat(m.path("protocolMapper").asString()).isEqualTo("oidc-usermodel-realm-role-mapper");
            assertThat(m.path("config").path("claim.name").asString()).isEqualTo("roles");
            assertThat(m.path("config").path("multivalued").asString()).isEqualTo("true");
            assertThat(m.path("config").path("access.token.claim").asString()).isEqualTo("true");
        });
        assertThat(mappers).anySatisfy(m -> {
            assertThat(m.path("protocolMapper").asString()).isEqualTo("oidc-audience-mapper");
            assertThat(m.path("config").path("included.custom.audience").asString()).isEqualTo("tdkt-api");
            assertThat(m.path("config").path("access.token.claim").asString()).isEqualTo("true");
        });
        // Only the contract's roles reach the roles claim: not Keycloak's default-roles-tdkt, offline_access, ...
        assertThat(client.path("fullScopeAllowed").asBoolean(true)).isFalse();
        assertThat(list(realm.path("scopeMappings"))).extracting(s -> s.path("client").asString())
                .containsExactlyInAnyOrder(DemoTokens.CLIENT_ID, "tdkt-console");
        assertThat(list(realm.path("scopeMappings"))).allSatisfy(s ->
                assertThat(list(s.path("roles"))).extracting(JsonNode::asString).containsExactlyInAnyOrderElementsOf(CONTRACT_ROLES));
    }

    /** The web console's client: confidential, its secret and address from the environment, the same claims. */
    @Test
    void tdktConsoleIsAConfidentialClientWithTheSameClaims() {
        JsonNode client = list(realm.path("clients")).stream()
                .filter(c -> c.path("clientId").asString().equals("tdkt-console")).findFirst().orElseThrow();
        assertThat(client.path("publicClient").asBoolean(true)).isFalse();
        assertThat(client.path("secret").asString()).isEqualTo("${TDKT_CONSOLE_CLIENT_SECRET}");
        assertThat(client.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).isFalse();
        assertThat(list(client.path("redirectUris"))).extracting(JsonNode::asString)
                .containsExactly("${TDKT_CONSOLE_URL}/login/oauth2/code/tdkt");
        assertThat(client.path("fullScopeAllowed").asBoolean(true)).isFalse();
        assertThat(list(client.path("protocolMappers"))).extracting(m -> m.path("config").path("claim.name").asString())
                .contains("unit", "roles");
        assertThat(list(client.path("protocolMappers"))).allSatisfy(m -> {
            if (m.path("config").has("claim.name")) {
                assertThat(m.path("config").path("id.token.claim").asString()).as("%s in the ID token", m.path("name")).isEqualTo("true");
            }
        });
    }

    @Test
    void theUnitAttributeIsDeclaredInTheUserProfileSoKeycloakKeepsIt() {
        JsonNode provider = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").path(0);
        JsonNode profile = JsonMapper.builder().build().readTree(provider.path("config").path("kc.user.profile.config").path(0).asString());

        assertThat(list(profile.path("attributes"))).extracting(a -> a.path("name").asString())
                .contains("username", "email", "firstName", "lastName", "unit");
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static JsonNode read() {
        Path file = SystemLauncher.findProjectRoot(Path.of("")).resolve("deploy/keycloak/tdkt-realm.json");
        try {
            return JsonMapper.builder().build().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
