// TypeDoc plugin for the API reference:
// - names each entry point's module after its npm package (`@tokkit/core`, not `core/src`); entry points are
//   packages/<dir>/src/index.ts, so TypeDoc's own name for a module is `<dir>/src`;
// - shows an endpoint descriptor's literal type (every parameter of one endpoint, spelled out) as a link to
//   EndpointDescriptor: the endpoint reference documents each descriptor, and spelling all 74 out in every type
//   that holds them would make pages of megabytes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Converter, ReferenceType, ReflectionKind } from 'typedoc';

const packagesDir = new URL('../../../packages/', import.meta.url);

function isDescriptorLiteral(type) {
  if (type?.type !== 'reflection') return false;
  const names = new Set((type.declaration.children ?? []).map((c) => c.name));
  return ['key', 'method', 'path', 'params', 'auth'].every((n) => names.has(n));
}

function summarize(type, descriptor, project) {
  if (!type) return type;
  if (isDescriptorLiteral(type)) return ReferenceType.createResolvedReference('EndpointDescriptor', descriptor, project);
  switch (type.type) {
    case 'reference':
      if (type.typeArguments) type.typeArguments = type.typeArguments.map((t) => summarize(t, descriptor, project));
      return type;
    case 'array':
      type.elementType = summarize(type.elementType, descriptor, project);
      return type;
    case 'union':
    case 'intersection':
      type.types = type.types.map((t) => summarize(t, descriptor, project));
      return type;
    default:
      return type;
  }
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    for (const module of project.getReflectionsByKind(ReflectionKind.Module)) {
      const dir = /^([\w-]+)\/src$/.exec(module.name)?.[1];
      if (!dir) continue;
      const manifest = fileURLToPath(new URL(`${dir}/package.json`, packagesDir));
      module.name = JSON.parse(readFileSync(manifest, 'utf8')).name;
    }
    const descriptor = project.getReflectionsByKind(ReflectionKind.Interface).find((r) => r.name === 'EndpointDescriptor');
    if (!descriptor) throw new Error('typedoc plugin: EndpointDescriptor is not exported any more');
    for (const reflection of Object.values(project.reflections)) {
      if ('type' in reflection && reflection.type) reflection.type = summarize(reflection.type, descriptor, project);
      for (const signature of reflection.signatures ?? []) {
        signature.type = summarize(signature.type, descriptor, project);
        for (const parameter of signature.parameters ?? []) parameter.type = summarize(parameter.type, descriptor, project);
      }
    }
  });
}
