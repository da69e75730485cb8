package id.aduan.system;

import org.springframework.util.unit.DataSize;

/**
 * A path whose request bodies may be larger than {@link BodySizeLimit}'s general ceiling, declared by
 * the module that owns the path as a bean: e.g. the mail pipe, which receives whole emails with their
 * photos. Only that exact path gets the larger ceiling.
 */
public record LargerBody(String path, DataSize limit) {
}
