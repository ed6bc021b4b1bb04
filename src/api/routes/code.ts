/** POST /v1/code (code, store nothing) and POST /v1/articles (code and store; needs the token). */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { contentHash } from "../../store/hash.ts";
import type { DocInput } from "../../types.ts";
import { needStore, type AppContext } from "../context.ts";
import { addRoute } from "../route.ts";
import { CodedArticleSchema, DocInputSchema } from "../schemas.ts";

/** A text/plain or text/html body arrives as a string; wrap it as a document. */
function asDocInput(body: unknown, contentType: string | undefined): unknown {
  if (typeof body !== "string") return body;
  return /text\/html/i.test(contentType ?? "") ? { html: body } : { text: body };
}

const Body = DocInputSchema;

/** Registers the two coding endpoints. */
export function codeRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.addContentTypeParser("text/html", { parseAs: "string" }, (_req, body, done) => done(null, body));
  app.addHook("preValidation", async (req) => {
    if (req.method === "POST" && typeof req.body === "string") req.body = asDocInput(req.body, req.headers["content-type"]);
  });

  addRoute(app, ctx, {
    method: "POST", url: "/v1/code", tag: "coding",
    summary: "Code a document (JSON {text|html,...}, or a text/plain or text/html body); stores nothing",
    body: Body, response: CodedArticleSchema,
    handler: async ({ body }) => ctx.coder.code(body as DocInput),
  });

  addRoute(app, ctx, {
    method: "POST", url: "/v1/articles", tag: "coding", auth: true, status: 201,
    summary: "Code a document and store it (Authorization: Bearer DYAD_TOKEN); idempotent by content",
    body: Body,
    response: z.object({ id: z.string(), events: z.number(), inserted: z.number(), replaced: z.number(), skipped: z.number() }),
    handler: async ({ body }) => {
      const store = needStore(ctx);
      const input = body as DocInput;
      const article = ctx.coder.code(input);
      const hash = contentHash(input);
      const put = await store.putArticles([{ article, hash, source: input.url ?? "api" }]);
      return { id: article.id, events: article.events.length, ...put };
    },
  });
}
