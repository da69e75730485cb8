package id.aduan.intake;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The map on the complaint form, where a citizen may tap the point where it happened: the tile server
 * ({@code {z}/{x}/{y}} in its address; OpenStreetMap's by default, blank for no map), the credit its
 * licence asks for, and where the map opens (the region's middle). Without a connection to the tile
 * server the map stays hidden and the coordinates are typed or taken from the phone's GPS.
 */
@ConfigurationProperties("aduan.map")
record MapSettings(@DefaultValue("") String tiles,
		@DefaultValue("© <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>") String attribution,
		@DefaultValue("-3.6") double latitude, @DefaultValue("126.5") double longitude, @DefaultValue("9") int zoom) {

	boolean shown() {
		return !tiles.isBlank() && URI.create(tiles.replace("{", "").replace("}", "")).isAbsolute();
	}
}
