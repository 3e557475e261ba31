# CodePal's WebSocket server in a container, as a non-root user, with a health check.
#
#   scripts/docker-image [--config release|debug] [TAG]      (or `make docker`)
#   docker run -p 7998:7998 -v /etc/codepal:/etc/codepal:ro codepal
#
# Build it through scripts/docker-image, which prepares the context this file expects: src/ (the
# repository), grammars/ (the language packs, built and checked on the host), mirror/ + gitconfig
# (the pinned Swift packages, for a build that reaches no network) and the toolchain image named by
# TOOLCHAIN (a `docker import` of the machine's Swift toolchain; Swift is not a Debian package).
# The image runs `codepal serve --websocket 0.0.0.0:7998 --config /etc/codepal/codepal.toml`: mount a
# folder with that file ([serve] users = "users", learning-db = "postgres://...") and the token file.
ARG BASE=codepal/debian:bookworm
ARG TOOLCHAIN=codepal/swift-toolchain:local

FROM ${TOOLCHAIN} AS toolchain

FROM ${BASE} AS build
# Lets a test (or a tidy machine) prune the build stage's images: `docker image prune --filter label=codepal.stage=build`.
LABEL codepal.stage=build
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      build-essential libtree-sitter-dev libsqlite3-dev libpq-dev libcurl4-openssl-dev libxml2-dev \
      libncurses-dev libedit-dev libz3-dev libpython3-dev pkg-config git ca-certificates >/dev/null
COPY --from=toolchain / /opt/swift
ENV PATH=/opt/swift/usr/bin:$PATH
COPY mirror/ /mirror/
COPY gitconfig /etc/gitconfig
COPY src/ /src/
WORKDIR /src
ARG CONFIG=release
RUN swift build -c "$CONFIG" --product codepal --static-swift-stdlib \
    && install -d /out/bin \
    && install -m 755 "$(swift build -c "$CONFIG" --show-bin-path)/codepal" /out/bin/codepal
COPY grammars/ /out/share/codepal/grammars/

FROM ${BASE}
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      libtree-sitter0 libsqlite3-0 libpq5 libstdc++6 ca-certificates >/dev/null \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /var/lib/codepal --shell /usr/sbin/nologin codepal
COPY --from=build /out/ /usr/local/
USER codepal
ENV XDG_DATA_HOME=/var/lib/codepal
EXPOSE 7998
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/7998 && printf 'GET /healthz HTTP/1.0\\r\\n\\r\\n' >&3 && head -1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["/usr/local/bin/codepal", "serve", "--websocket", "0.0.0.0:7998", "--allow-remote"]
CMD ["--config", "/etc/codepal/codepal.toml"]
