package vn.tdkt.nomination.rulepack;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param extraLocation a directory of further packs (*.yaml, *.yml, *.json) read after the built-in ones,
 *                      e.g. a province's own pack; unset = only the built-in packs
 */
@ConfigurationProperties("tdkt.rule-packs")
public record RulePackProperties(String extraLocation) {
}
