import { describe, expect, it } from "vitest";
import { distanceKm, haversineKm, lambert93ToWgs84, projectionOf } from "./distance";

describe("Lambert-93 to latitude and longitude", () => {
  it("puts the projection's origin at 46.5° N, 3° E", () => {
    const origin = lambert93ToWgs84(700000, 6600000);
    expect(origin.latitude).toBeCloseTo(46.5, 6);
    expect(origin.longitude).toBeCloseTo(3, 6);
  });

  it("places the CH de Fleyriat (FINESS geolocation) near Bourg-en-Bresse", () => {
    const fleyriat = lambert93ToWgs84(870262.2, 6571540.8);
    expect(fleyriat.latitude).toBeCloseTo(46.22, 1);
    expect(fleyriat.longitude).toBeCloseTo(5.21, 1);
  });
});

describe("distances", () => {
  it("Paris to Lyon is about 392 km by the great circle", () => {
    expect(haversineKm({ latitude: 48.8566, longitude: 2.3522 }, { latitude: 45.764, longitude: 4.8357 })).toBeCloseTo(392, -1);
  });

  it("agrees with the plane for two Lambert-93 points 10 km apart", () => {
    const km = distanceKm({ x: 842000, y: 6519000, system: "1,ATLASANTE,96,BAN,L93_METROPOLE" }, { x: 852000, y: 6519000, system: null });
    expect(km).toBeGreaterThan(9.9);
    expect(km).toBeLessThan(10.1);
  });

  it("measures on the plane within one overseas projection, and not across projections", () => {
    const reunion = "1,ATLASANTE,96,BAN,UTM_S40";
    expect(distanceKm({ x: 338000, y: 7690000, system: reunion }, { x: 341000, y: 7694000, system: reunion })).toBeCloseTo(5, 6);
    expect(distanceKm({ x: 338000, y: 7690000, system: reunion }, { x: 338000, y: 7690000, system: "1,ATLASANTE,96,BAN,UTM_N20" })).toBeNull();
    expect(projectionOf("1,ATLASANTE,96,BAN,UTM_N20")).toBe("UTM_N20");
  });

  it("is unknown without coordinates", () => {
    expect(distanceKm(null, { x: 1, y: 1, system: null })).toBeNull();
  });
});
