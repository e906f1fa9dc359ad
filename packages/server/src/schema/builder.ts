import SchemaBuilder from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import RelayPlugin from "@pothos/plugin-relay";
import type { App } from "../app.js";
import type { Catalog } from "../catalog.js";

/** A fresh object per request: Pothos caches loaded nodes and dataloaders on it. */
export interface Context {
  app: App;
  /** The lists, filters and search, cached per corpus version. */
  catalog: Catalog;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
});

/** Connections page through lists the engine already holds in memory: 20 by default, 100 at most. */
export const PAGE = { defaultSize: 20, maxSize: 100 };
