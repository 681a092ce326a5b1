package vn.tdkt.events.unit;

/**
 * A named contact of a unit: its emulation officer (cán bộ thi đua) or its leader (lãnh đạo).
 *
 * @param title the position, e.g. "Phó Chủ tịch UBND xã"
 * @param phone optional
 */
public record UnitContact(String name, String title, String email, String phone) {
}
