# CodePal's WebSocket server in a container, as a non-root user, with a health check.
#
#   scripts/docker-base-image                          # the Debian base, built locally (no registry)
#   docker build --build-context swift=/opt/swift -t codepal .
#   docker run -p 7998:7998 -v /etc/codepal:/etc/codepal:ro codepal
#
# The Swift toolchain is not a Debian package: the build stage takes the machine's own
# (`--build-context swift=...`, where `swift` lives in bin/ or usr/bin/). The image runs
# `codepal serve --websocket 0.0.0.0:7998 --config /etc/codepal/codepal.toml`: mount a folder
# with that file ([serve] users = "users", learning-db = "postgres://...") and the token file.
ARG BASE=codepal/debian:bookworm

FROM ${BASE} AS build
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      build-essential libtree-sitter-dev libsqlite3-dev libpq-dev libcurl4-openssl-dev libxml2-dev \
      libncurses-dev libedit-dev libz3-dev pkg-config python3 python3-pip python3-venv git ca-certificates >/dev/null
COPY --from=swift / /opt/swift
ENV PATH=/opt/swift/usr/bin:/opt/swift/bin:$PATH
WORKDIR /src
COPY . .
RUN rm -rf .build && scripts/setup-grammars \
    && swift build -c release --product codepal --static-swift-stdlib \
    && install -d /out/bin /out/share/codepal/grammars \
    && install -m 755 .build/release/codepal /out/bin/codepal \
    && scripts/install-grammars /out/share/codepal/grammars

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
