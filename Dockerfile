# Self-hosting with `next start`'s standalone server: many Persian sites are served from hosts in
# Iran, where pulling from third-party CDNs at run time is not an option. Everything the pages need
# is built into the image; nothing is downloaded when it runs.
#   docker build --build-arg SITE_URL=https://example.ir -t articles .
#   docker run -p 3000:3000 articles
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g npm@11
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# A site without static files has no public/ folder; the runtime stage copies it.
RUN mkdir -p public
ARG SITE_URL
ARG SITE_EDIT_BASE_URL
ENV SITE_URL=$SITE_URL SITE_EDIT_BASE_URL=$SITE_EDIT_BASE_URL NEXT_TELEMETRY_DISABLED=1 STANDALONE=1
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOSTNAME=0.0.0.0 PORT=3000
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
USER node
EXPOSE 3000
CMD ["node", "server.js"]
