/** GET /v1/articles/:id: the stored CodedArticle with every annotation. */
import type { FastifyInstance } from "fastify";
import { DyadError } from "../../errors.ts";
import { needStore, type AppContext } from "../context.ts";
import { addRoute } from "../route.ts";
import { CodedArticleSchema, IdParams } from "../schemas.ts";

/** Registers the article endpoint. */
export function articleRoutes(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: "GET", url: "/v1/articles/:id", tag: "articles",
    summary: "A stored article: cleaned text, removed boilerplate, entities, events, quotes, amounts",
    params: IdParams, response: CodedArticleSchema,
    handler: async ({ params }) => {
      const a = await needStore(ctx).getArticle(params.id);
      if (!a) throw new DyadError(`no article ${JSON.stringify(params.id)}`, { status: 404 });
      return a;
    },
  });
}
